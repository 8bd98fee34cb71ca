//go:build cgo

package memory

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"

	"github.com/mattn/go-sqlite3"
)

// The SQLite driver, mattn/go-sqlite3, which compiles SQLite's C source in
// through cgo. driver_nocgo.go stands in for this file in a build without
// cgo, so that the package (and everything that imports it) still builds.

// driverMissing reports why there is no SQLite: with cgo there always is.
func driverMissing() error { return nil }

// connector opens connections through a driver of our own, so each
// connection gets its pragmas without a global sql.Register.
type connector struct {
	drv *sqlite3.SQLiteDriver
	dsn string
}

func (c connector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c connector) Driver() driver.Driver                        { return c.drv }

// openPool returns a pool of at most conns connections to dsn, kept open
// for good; each runs pragmas as it opens.
func openPool(dsn string, pragmas []string, conns int) *sql.DB {
	var hook func(*sqlite3.SQLiteConn) error
	if len(pragmas) > 0 {
		hook = func(c *sqlite3.SQLiteConn) error {
			for _, p := range pragmas {
				if _, err := c.Exec(p, nil); err != nil {
					return fmt.Errorf("%s: %w", p, err)
				}
			}
			return nil
		}
	}
	db := sql.OpenDB(connector{&sqlite3.SQLiteDriver{ConnectHook: hook}, dsn})
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	return db
}

// classify adds the matching sentinel to SQLite's error, keeping the cause.
func classify(err error) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code {
	case sqlite3.ErrFull:
		return &kindError{ErrFull, err}
	case sqlite3.ErrNotADB, sqlite3.ErrCorrupt:
		return &kindError{ErrNotDatabase, err}
	case sqlite3.ErrReadonly, sqlite3.ErrPerm:
		return &kindError{ErrReadOnly, err}
	}
	return err
}

// classifyOpen is classify for opening a file, where SQLite's "cannot open"
// means the file or its directory cannot be written.
func classifyOpen(err error) error {
	err = classify(err)
	if errors.Is(err, ErrNotDatabase) {
		return err
	}
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrCantOpen {
		return &kindError{ErrReadOnly, err}
	}
	return err
}
