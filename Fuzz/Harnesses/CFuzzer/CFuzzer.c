// Nothing to compile: the target exists for its header.
#include "CFuzzer.h"
