//go:build !cgo

package memory

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenWithoutCgo checks what a CGO_ENABLED=0 build gets: a clear error
// from Open and no file made. (The package's other tests need SQLite; run
// this one alone: CGO_ENABLED=0 go test -run TestOpenWithoutCgo ./memory.)
func TestOpenWithoutCgo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(context.Background(), path)
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded without cgo")
	}
	if !errors.Is(err, ErrNeedsCgo) {
		t.Errorf("Open: %v; want ErrNeedsCgo", err)
	}
	if want := "memory: SQLite needs cgo: build with CGO_ENABLED=1 and a C compiler"; err.Error() != want {
		t.Errorf("Open: %q; want %q", err, want)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open made %s without cgo (stat: %v)", path, err)
	}
}
