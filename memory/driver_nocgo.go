//go:build !cgo

package memory

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
)

// Without cgo there is no SQLite (mattn/go-sqlite3 is C): this file stands
// in for driver_cgo.go so that the package, and every program that imports
// it, still builds, for example when cross-compiling with CGO_ENABLED=0.
// Open then returns ErrNeedsCgo before it touches any file.

// driverMissing reports why there is no SQLite.
func driverMissing() error { return fmt.Errorf("memory: %w", ErrNeedsCgo) }

// noDriver is a driver whose every connection fails with ErrNeedsCgo.
type noDriver struct{}

func (noDriver) Open(string) (driver.Conn, error)             { return nil, driverMissing() }
func (noDriver) Connect(context.Context) (driver.Conn, error) { return nil, driverMissing() }
func (d noDriver) Driver() driver.Driver                      { return d }

// openPool returns a pool whose connections all fail with ErrNeedsCgo.
func openPool(string, []string, int) *sql.DB { return sql.OpenDB(noDriver{}) }

// classify returns err: without SQLite there are no SQLite errors to mark.
func classify(err error) error { return err }

// classifyOpen returns err, as classify does.
func classifyOpen(err error) error { return err }
