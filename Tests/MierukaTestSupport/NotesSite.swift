/// Three notes, one draft, one page, one static file: most page kinds of the foundation.
/// The site most whole-site, build, command-line and preview tests start from.
public let notesSite = """
    -- content/notes/2020-07-01-strategy-office.md --
    ---
    title: デジタル変革戦略室を設置しました
    tags: [組織, DX戦略]
    author: DX戦略室
    ---
    町は7月1日に**デジタル変革戦略室**を設けました。

    ## 体制

    - 専任の職員
    - 各課の兼務職員

    [戦略](/strategy/)と[理由](/notes/why-dx/)もご覧ください。
    -- content/notes/2020-07-20-why-dx.md --
    ---
    title: なぜDXに取り組むのか
    summary: 人口が減るまちで、DXに取り組む理由。
    tags: 組織
    updated: 2020-08-01
    ---
    本文。
    -- content/notes/2020-09-01-upcoming.md --
    ---
    title: 準備中の記事
    draft: true
    ---
    まだ公開しません。
    -- content/pages/about.md --
    ---
    title: このサイトについて
    ---
    サンプルです。
    -- content/static/files/plan.pdf --
    %PDF-1.4 test
    """
