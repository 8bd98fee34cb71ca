package memory

import "errors"

// Errors a caller may test for with errors.Is. Every error the package
// returns wraps one of these or the underlying cause, and names the file,
// session, message or document involved.
var (
	// ErrNotFound: no session, message or document by that name.
	ErrNotFound = errors.New("not found")
	// ErrExists: a session or document by that name already exists.
	ErrExists = errors.New("already exists")
	// ErrInvalid: a message, ID or argument the store refuses; nothing was written.
	ErrInvalid = errors.New("invalid input")
	// ErrNewerSchema: the file was written by a newer qwenkit; it was not touched.
	ErrNewerSchema = errors.New("schema is newer than this qwenkit")
	// ErrNotDatabase: the file is not a SQLite database, or is damaged or
	// truncated; it was not touched.
	ErrNotDatabase = errors.New("not a usable SQLite database")
	// ErrFull: the disk, or the size limit set with WithMaxBytes, is full;
	// the transaction was rolled back and the file holds what it held before.
	ErrFull = errors.New("database or disk is full")
	// ErrReadOnly: the file or its directory cannot be written.
	ErrReadOnly = errors.New("file or directory is read-only")
	// ErrBudget: the system prompt and the new user turn alone exceed the
	// context builder's token budget.
	ErrBudget = errors.New("token budget too small")
	// ErrNeedsCgo: the program was built without cgo (CGO_ENABLED=0), so
	// it has no SQLite; Open returns it and touches no file.
	ErrNeedsCgo = errors.New("SQLite needs cgo: build with CGO_ENABLED=1 and a C compiler")
)

// kindError is a SQLite error marked with one of the sentinels.
type kindError struct{ kind, cause error }

func (e *kindError) Error() string {
	if e.cause.Error() == e.kind.Error() {
		return e.cause.Error()
	}
	return e.kind.Error() + ": " + e.cause.Error()
}

func (e *kindError) Unwrap() []error { return []error{e.kind, e.cause} }
