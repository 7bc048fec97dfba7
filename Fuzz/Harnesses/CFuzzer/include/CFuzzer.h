// libFuzzer's entry for programs that have their own main (LLVMFuzzerRunDriver,
// in libclang_rt.fuzzer). Declared here because Swift cannot declare a C
// function itself; see ../FuzzSupport/FuzzDriver.swift.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
