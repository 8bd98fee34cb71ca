// Package memory keeps conversations in one SQLite file so that they survive
// crashes and can be searched long after they leave the prompt: sessions and
// their messages (the chat.Message itself, with its tool calls and results,
// its token count and time), named documents split into chunks, full-text
// search over both, and a context builder that fills a token budget with
// the newest turns and the best recalled matches.
//
// Store is the interface the agent uses; *SQLite implements it over a file
// opened with Open. Nothing in the interface names SQL.
//
// # Building
//
// SQLite is C, compiled in by mattn/go-sqlite3 through cgo, so a program
// that stores anything needs CGO_ENABLED=1 and a C compiler. Built without
// cgo (CGO_ENABLED=0, the default when cross-compiling), the package and
// everything that imports it still compile, and Open returns ErrNeedsCgo.
//
// # Durability
//
// The file is in WAL mode. Append, AppendBatch, AddDocument, Fork, Import
// and DeleteSession each run in one transaction: it commits whole or not at
// all, so a crash never leaves part of a turn. With the default SyncFull
// (PRAGMA synchronous=FULL) every commit fsyncs the write-ahead log before
// the call returns: once Append has returned, its messages survive a
// process crash, an OS crash and a power cut, on a disk that honours fsync
// (on macOS, PRAGMA fullfsync is turned on for that). With SyncNormal
// (synchronous=NORMAL) the log is fsynced only at checkpoints: a returned
// Append survives a process crash, but an OS crash or power cut may lose
// the last transactions, whole, never part of one, and never corrupts the
// file. The crash test kills a writing process with SIGKILL fifty times and
// checks, each time, SQLite's integrity check and every acknowledged turn.
//
// # Sharing a file
//
// One *SQLite is safe for any number of goroutines. It holds one writer
// connection, so its writes run one at a time, and a pool of read
// connections (WithReaders, default 8) that read a committed snapshot while
// a write goes on. Several processes may open the same file on a local disk
// (not a network file system, where WAL's shared memory does not work):
// SQLite lets one write at a time, and a writer waits for another
// process's write for the busy timeout (WithBusyTimeout, default 5 s)
// before failing with "database is locked". Readers never wait for writers.
//
// # Files it refuses
//
// Open checks a file before writing to it: not SQLite, truncated, damaged,
// another program's database (ErrNotDatabase), or written by a newer schema
// (ErrNewerSchema) are refused with the file left exactly as it was. The
// schema's version is PRAGMA user_version; Open applies the numbered
// migrations a file lacks in one transaction. A read-only directory gives
// ErrReadOnly (WAL needs its -wal and -shm files beside the database). A
// full disk, or the cap set with WithMaxBytes, fails the write with ErrFull
// and rolls it back: the file holds what it held before.
//
// # Search
//
// mattn/go-sqlite3 compiles SQLite with FTS3 and FTS4 but not FTS5, which
// needs the sqlite_fts5 build tag (checked in v1.14.53, the version in
// go.mod). A build tag would have to be passed by every program that
// imports qwenkit, and go test ./... and go get would give a package that
// fails at run time without it, so this package uses FTS4, SQLite's own
// full-text index, which plain builds have.
//
// FTS4 stores and finds terms but has no ranking function, and it splits
// text with tokenizers written in C. So the package splits text itself
// (lower-cased, without diacritics, CJK as overlapping character pairs; see
// terms.go), stores each text's terms space-separated in a table that FTS4
// indexes with its "simple" tokenizer, and ranks by Okapi BM25 (k1 = 1.2,
// b = 0.75, IDF ln(1 + (N − df + 0.5)/(df + 0.5))) computed from the index.
// A hit gives its session and message (or document and chunk) and the
// character and byte offsets of each matched word.
//
// Two FTS4 tables index every text: one partitioned by session (FTS4's
// languageid; documents under their own partition), so a session's search
// reads only that session's postings, and one over everything for searches
// across sessions. Both are external-content tables over the term text, and
// merge their segments a little at each commit (automerge), so no single
// Append pays for a large merge.
//
// Ranking costs time in proportion to the postings read, so a search reads
// at most postingBudget (4096) per partition. It counts each query term's
// texts (up to the budget; in a partition larger than the budget the count
// is remembered, and so may be up to a tenth stale), then keeps terms
// rarest first while their postings fit the budget together; the terms left out are the most common ones, whose IDF
// is lowest. If even the rarest term is too common, the search reads its
// 4096 newest texts. Phase one sums, in SQLite, the IDF of the kept terms
// each text holds and takes the best 256; phase two scores those exactly
// with BM25 over the kept terms (term counts and lengths from the stored
// terms). So when the kept terms match at most 256 texts (any search of a
// partition that small, and most searches for rare words), the ranking is
// exact BM25; beyond that, it is exact among the 256 texts that hold the
// most IDF-weighted query terms, ties going to the newest.
//
// # Tokens and the context builder
//
// Token counts come from a Counter, normally the model's tokenizer
// (runtime/tokenizer); the default, ByteCounter, over-counts but never
// under-counts. A message's count is what it takes in a prompt rendered by
// sdk/chatml as Qwen2.5's template renders it, ChatML framing included,
// counted when it is stored. The file remembers which counter made its
// counts; opened with another, the store recounts what it builds.
//
// Context builds the prompt for a new user turn within a budget: system
// prompt and new turn always, then the newest whole turns that fit (a tool
// call is never separated from its results), then the best search hits for
// the new turn among the session's older messages and the documents, in a
// system message opened by RecallHeader. It never exceeds the budget.
package memory
