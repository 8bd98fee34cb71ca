package memory

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Sync says how hard a commit waits for the disk.
type Sync int

const (
	// SyncFull (the default): PRAGMA synchronous=FULL. Every commit fsyncs
	// the write-ahead log before Append returns, so a returned Append
	// survives a process crash, an OS crash and a power cut (on a disk that
	// honours fsync).
	SyncFull Sync = iota
	// SyncNormal: PRAGMA synchronous=NORMAL. The log is fsynced only at
	// checkpoints: a returned Append survives a process crash, but an OS
	// crash or power cut may roll back the last commits (whole transactions,
	// never part of one); the file is never corrupted.
	SyncNormal
)

type options struct {
	counter  Counter
	sync     Sync
	maxBytes int64
	busy     time.Duration
	readers  int
	chunk    int
	overlap  int
}

// Option changes how Open sets up a store.
type Option func(*options)

// WithCounter sets the tokenizer that counts tokens: per message at Append,
// per chunk at AddDocument, and for the context builder's budget. Pass the
// model's tokenizer (runtime/tokenizer satisfies Counter). The default,
// ByteCounter, counts one token per byte: never fewer than any byte-level
// BPE, so budgets hold, but about four times too many.
func WithCounter(c Counter) Option { return func(o *options) { o.counter = c } }

// WithSync sets the durability of commits; see Sync. The default is SyncFull.
func WithSync(s Sync) Option { return func(o *options) { o.sync = s } }

// WithMaxBytes caps the database file at about n bytes (PRAGMA
// max_page_count). A write past the cap fails with ErrFull and changes
// nothing. 0, the default, means no cap beyond the disk.
func WithMaxBytes(n int64) Option { return func(o *options) { o.maxBytes = n } }

// WithBusyTimeout sets how long a write waits for another process holding
// the write lock before failing with "database is locked". Default 5 s.
func WithBusyTimeout(d time.Duration) Option { return func(o *options) { o.busy = d } }

// WithReaders sets how many read connections the store keeps: the number of
// searches and history reads that run at once. Default 8.
func WithReaders(n int) Option { return func(o *options) { o.readers = n } }

// WithChunking sets the size of document chunks and their overlap, in
// tokens of the store's counter. Defaults: 256 and 32.
func WithChunking(tokens, overlap int) Option {
	return func(o *options) { o.chunk, o.overlap = tokens, overlap }
}

// SQLite is the Store over one SQLite file. It is safe for concurrent use.
type SQLite struct {
	path   string
	w      *sql.DB // exactly one connection: the writer
	r      *sql.DB // readers, query_only
	opts   options
	count  func(string) int
	prompt *prompt
	exact  bool // stored token counts were made by this store's counter
	closed chan struct{}

	dfMu sync.Mutex
	df   map[string]dfEntry // search's capped term counts

}

var _ Store = (*SQLite)(nil)

// Open opens the store in the SQLite file at path, creating the file if it
// does not exist and bringing its schema to SchemaVersion. A file that is not
// a SQLite database, is truncated, or was written by a newer schema is
// refused with an error (ErrNotDatabase, ErrNewerSchema) and left untouched.
// Open switches the file to WAL mode, which needs the directory to be
// writable (the -wal and -shm files live beside it). In a program built
// without cgo (CGO_ENABLED=0) there is no SQLite, and Open returns
// ErrNeedsCgo.
func Open(ctx context.Context, path string, opts ...Option) (*SQLite, error) {
	if err := driverMissing(); err != nil {
		return nil, err
	}
	o := options{counter: ByteCounter{}, busy: 5 * time.Second, readers: 8, chunk: 256, overlap: 32}
	for _, f := range opts {
		f(&o)
	}
	if o.counter == nil {
		o.counter = ByteCounter{}
	}
	if o.readers < 1 {
		o.readers = 1
	}
	if o.chunk < 16 {
		return nil, fmt.Errorf("memory: %w: chunks of %d tokens; at least 16", ErrInvalid, o.chunk)
	}
	if o.overlap < 0 || o.overlap >= o.chunk/2 {
		return nil, fmt.Errorf("memory: %w: chunk overlap %d must be in [0, %d)", ErrInvalid, o.overlap, o.chunk/2)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("memory: %s: %w", path, err)
	}
	if err := preflight(ctx, abs); err != nil {
		return nil, err
	}
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	sync := "FULL"
	if o.sync == SyncNormal {
		sync = "NORMAL"
	}
	common := fmt.Sprintf("_busy_timeout=%d&_synchronous=%s", o.busy.Milliseconds(), sync)
	wpragmas := []string{"PRAGMA fullfsync = ON", "PRAGMA checkpoint_fullfsync = ON", "PRAGMA cache_size = -16384", "PRAGMA temp_store = MEMORY"}
	if o.maxBytes > 0 {
		wpragmas = append(wpragmas, fmt.Sprintf("PRAGMA max_page_count = %d", max(o.maxBytes/4096, 8)))
	}
	s := &SQLite{path: abs, opts: o, count: counterFunc(o.counter), closed: make(chan struct{}), df: map[string]dfEntry{}}
	s.prompt = newPrompt(s.count)
	s.w = openPool(u+"?_txlock=immediate&_journal_mode=WAL&"+common, wpragmas, 1)
	if err := s.w.PingContext(ctx); err != nil {
		s.w.Close()
		return nil, openError(abs, err)
	}
	var mode string
	if err := s.w.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		s.w.Close()
		if err == nil {
			err = fmt.Errorf("journal mode is %q, not wal", mode)
		}
		return nil, openError(abs, err)
	}
	if err := migrate(ctx, s.w, abs); err != nil {
		s.w.Close()
		return nil, err
	}
	if err := s.checkCounter(ctx); err != nil {
		s.w.Close()
		return nil, err
	}
	rpragmas := []string{"PRAGMA cache_size = -8192", "PRAGMA temp_store = MEMORY", "PRAGMA mmap_size = 268435456"}
	s.r = openPool(u+"?_query_only=true&"+common, rpragmas, o.readers)
	return s, nil
}

// openError explains a failure to open or create the file.
func openError(path string, err error) error {
	err = classify(err)
	dir := filepath.Dir(path)
	if st, serr := os.Stat(dir); serr != nil || !st.IsDir() {
		return fmt.Errorf("memory: open %s: no directory %s: %w", path, dir, err)
	}
	if errors.Is(err, ErrReadOnly) || !writable(dir) {
		return fmt.Errorf("memory: %s: %w: WAL mode needs to create %s-wal and %s-shm in %s: %w",
			path, ErrReadOnly, filepath.Base(path), filepath.Base(path), dir, err)
	}
	return fmt.Errorf("memory: open %s: %w", path, err)
}

// writable reports whether a file can be created in dir, by creating and
// removing one (portable, and true to what SQLite will meet, unlike a
// permission check).
func writable(dir string) bool {
	f, err := os.CreateTemp(dir, ".qwenkit-probe-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// preflight checks an existing file without writing to it: the SQLite
// header, a size that matches it, a schema that can be read, and a version
// this package knows.
func preflight(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("memory: %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("memory: %s: %w", path, err)
	}
	if st.IsDir() {
		return fmt.Errorf("memory: %s: %w: is a directory", path, ErrNotDatabase)
	}
	if st.Size() == 0 {
		return nil // SQLite treats an empty file as a new database.
	}
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return fmt.Errorf("memory: %s: %w: %d bytes is shorter than a SQLite header", path, ErrNotDatabase, st.Size())
	}
	if string(h[:16]) != "SQLite format 3\x00" {
		return fmt.Errorf("memory: %s: %w: no SQLite header", path, ErrNotDatabase)
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return fmt.Errorf("memory: %s: %w: page size %d in the header", path, ErrNotDatabase, pageSize)
	}
	// Without a write-ahead log to finish from, the file must hold every
	// page its header counts (the count is valid when the two counters
	// agree), and it can be read as immutable, which creates no -wal or
	// -shm file beside it.
	query := "mode=ro"
	if wal, err := os.Stat(path + "-wal"); err != nil || wal.Size() == 0 {
		query = "mode=ro&immutable=1"
		if st.Size()%pageSize != 0 {
			return fmt.Errorf("memory: %s: %w: truncated: %d bytes is not a whole number of %d-byte pages", path, ErrNotDatabase, st.Size(), pageSize)
		}
		pages := int64(binary.BigEndian.Uint32(h[28:32]))
		if binary.BigEndian.Uint32(h[24:28]) == binary.BigEndian.Uint32(h[92:96]) && pages*pageSize > st.Size() {
			return fmt.Errorf("memory: %s: %w: truncated: the header counts %d pages, the file holds %d", path, ErrNotDatabase, pages, st.Size()/pageSize)
		}
	}
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(path), RawQuery: query}).String()
	db := openPool(u, nil, 1)
	defer db.Close()
	var v, n int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("memory: %s: %w", path, classifyOpen(err))
	}
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
		return fmt.Errorf("memory: %s: %w", path, classifyOpen(err))
	}
	if v > SchemaVersion {
		return fmt.Errorf("memory: %s: %w: the file has schema version %d, this qwenkit knows up to %d; use a newer qwenkit", path, ErrNewerSchema, v, SchemaVersion)
	}
	if v == 0 && n > 0 {
		return fmt.Errorf("memory: %s: %w: a SQLite database with %d schema objects but no qwenkit schema version", path, ErrNotDatabase, n)
	}
	return nil
}

// checkCounter records the counter's fingerprint in a file that holds no
// text yet, and notes whether the stored token counts were made by the
// same tokenizer.
func (s *SQLite) checkCounter(ctx context.Context) error {
	fp := fingerprint(s.count)
	_, err := s.w.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES('counter', ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE NOT EXISTS (SELECT 1 FROM texts)`, fp)
	if err != nil {
		return fmt.Errorf("memory: %s: record the token counter: %w", s.path, classify(err))
	}
	var stored string
	if err := s.w.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'counter'`).Scan(&stored); err != nil {
		return fmt.Errorf("memory: %s: read the token counter: %w", s.path, classify(err))
	}
	s.exact = stored == fp
	return nil
}

// Path returns the absolute path of the database file.
func (s *SQLite) Path() string { return s.path }

// Close waits for running calls and closes the file. With no other
// connection open, SQLite then checkpoints the log into the main file and
// removes the -wal and -shm files.
func (s *SQLite) Close() error {
	select {
	case <-s.closed:
		return nil
	default:
		close(s.closed)
	}
	err1 := s.r.Close()
	err2 := s.w.Close()
	return errors.Join(err1, err2)
}

// Check runs PRAGMA integrity_check and returns nil if SQLite finds the file
// sound. It reads the whole file: seconds for a large one.
func (s *SQLite) Check(ctx context.Context) error {
	rows, err := s.r.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return fmt.Errorf("memory: %s: integrity check: %w", s.path, classify(err))
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			return fmt.Errorf("memory: %s: integrity check: %w", s.path, err)
		}
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("memory: %s: integrity check: %w", s.path, classify(err))
	}
	if len(msgs) == 1 && msgs[0] == "ok" {
		return nil
	}
	return fmt.Errorf("memory: %s: %w: integrity check: %v", s.path, ErrNotDatabase, msgs)
}

// write runs fn in one IMMEDIATE transaction on the writer connection and
// commits it; on any error nothing of fn's work stays.
func (s *SQLite) write(ctx context.Context, what string, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("memory: %s: %s: begin: %w", s.path, what, classify(err))
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return wrapWrite(s.path, what, err)
	}
	if err := tx.Commit(); err != nil {
		tx.Rollback()
		return wrapWrite(s.path, what, err)
	}
	return nil
}

func wrapWrite(path, what string, err error) error {
	return fmt.Errorf("memory: %s: %s: %w", path, what, classify(err))
}
