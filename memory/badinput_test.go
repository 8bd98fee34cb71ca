package memory

import (
	"bytes"
	"context"
	"errors"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// filledDB writes a small store at path and closes it.
func filledDB(t *testing.T, path string) {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	mustSession(t, s, "s")
	c := newCorpus(1)
	for range 100 {
		mustAppend(t, s, "s", user(c.text(20, 60)), assistant(c.text(20, 60)))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// refuses checks that Open fails on path with want and leaves it as it was.
func refuses(t *testing.T, path string, want error) {
	t.Helper()
	before, _ := os.ReadFile(path)
	_, err := Open(context.Background(), path)
	if !errors.Is(err, want) || !strings.Contains(err.Error(), path) {
		t.Errorf("open: err = %v, want %v naming the file", err, want)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the file was changed")
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("%s left beside the file", suffix)
		}
	}
}

func TestOpenRefusesDamagedFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	filledDB(t, good)
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 16*4096 {
		t.Fatalf("the test file has only %d bytes", len(data))
	}
	random := make([]byte, 3*4096)
	rand.New(rand.NewSource(1)).Read(random)
	for name, content := range map[string][]byte{
		"half":       data[:len(data)/2/4096*4096],
		"ragged":     data[:len(data)-1000],
		"header":     data[:60],
		"random":     random,
		"text":       []byte("these are my notes, not a database\n"),
		"zeroheader": append(make([]byte, 100), data[100:]...),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".db")
			if err := os.WriteFile(path, content, 0o644); err != nil {
				t.Fatal(err)
			}
			refuses(t, path, ErrNotDatabase)
		})
	}
	t.Run("other-sqlite", func(t *testing.T) {
		path := filepath.Join(dir, "other.db")
		db := rawDB(t, path)
		if _, err := db.Exec("CREATE TABLE notes(x)"); err != nil {
			t.Fatal(err)
		}
		db.Close()
		refuses(t, path, ErrNotDatabase)
	})
	t.Run("no-directory", func(t *testing.T) {
		_, err := Open(context.Background(), filepath.Join(dir, "missing", "m.db"))
		if err == nil || !strings.Contains(err.Error(), "no directory") || errors.Is(err, ErrReadOnly) {
			t.Errorf("a missing directory: %v", err)
		}
	})
	t.Run("directory", func(t *testing.T) {
		_, err := Open(context.Background(), dir)
		if !errors.Is(err, ErrNotDatabase) {
			t.Errorf("a directory: %v", err)
		}
	})
	// The good file still opens.
	s, err := Open(context.Background(), good)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := s.History(context.Background(), "s", HistoryQuery{}); err != nil || len(h) != 200 {
		t.Errorf("good file: %d messages, %v", len(h), err)
	}
	s.Close()
}

// mountTmpfs mounts a tmpfs of size bytes at a new directory, or skips the
// test where that is not allowed (it needs root, as in CI).
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here (needs root): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

func TestReadOnlyDirectory(t *testing.T) {
	var dir string
	var makeReadOnly func()
	if os.Geteuid() == 0 {
		// Root ignores permission bits; a read-only mount stops it.
		dir = mountTmpfs(t, "8m")
		makeReadOnly = func() {
			if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
				t.Fatalf("remount read-only: %v %s", err, out)
			}
		}
	} else {
		dir = t.TempDir()
		makeReadOnly = func() { os.Chmod(dir, 0o555) }
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
	}
	path := filepath.Join(dir, "m.db")
	filledDB(t, path)
	makeReadOnly()
	refuses(t, path, ErrReadOnly)
	_, err := Open(context.Background(), filepath.Join(dir, "new.db"))
	if !errors.Is(err, ErrReadOnly) {
		t.Errorf("new file in a read-only directory: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "new.db")); err == nil {
		t.Error("new.db was created")
	}
}

// fillUp appends turns until the store is full; it returns the history as
// it was before the failed append and that append's error.
func fillUp(t *testing.T, s *SQLite) ([]Entry, error) {
	ctx := context.Background()
	mustSession(t, s, "s")
	c := newCorpus(4)
	for i := 0; i < 100000; i++ {
		before, err := s.History(ctx, "s", HistoryQuery{})
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.Append(ctx, "s", user(c.text(50, 200)), assistant(c.text(100, 400)))
		if err != nil {
			return before, err
		}
	}
	t.Fatal("never filled up")
	return nil, nil
}

// checkIntact checks that a store that refused a write is sound and holds
// exactly want, and still answers searches.
func checkIntact(t *testing.T, s *SQLite, want []Entry) {
	t.Helper()
	ctx := context.Background()
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
	h, err := s.History(ctx, "s", HistoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(h, want) {
		t.Fatalf("history changed by the failed append: %d messages, had %d", len(h), len(want))
	}
	last := want[len(want)-1]
	hits, err := s.Search(ctx, strings.Join(termsOf(last.Content)[:3], " "), SearchQuery{Session: "s", Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, hit := range hits {
		found = found || hit.Message == last.ID
	}
	if !found {
		t.Error("the last stored message is not found")
	}
}

func TestFullDatabase(t *testing.T) {
	s := openTemp(t, WithMaxBytes(1<<20))
	before, err := fillUp(t, s)
	if !errors.Is(err, ErrFull) {
		t.Fatalf("err = %v, want ErrFull", err)
	}
	if !strings.Contains(err.Error(), "append to session s") {
		t.Errorf("error %q does not say what failed", err)
	}
	checkIntact(t, s, before)
	// Other writes fail the same way and change nothing either.
	if _, err := s.AddDocument(context.Background(), "big", strings.Repeat("lorem ipsum dolor ", 20000)); !errors.Is(err, ErrFull) {
		t.Errorf("add document: %v", err)
	}
	checkIntact(t, s, before)
}

func TestFullDisk(t *testing.T) {
	dir := mountTmpfs(t, "2m")
	s, err := Open(context.Background(), filepath.Join(dir, "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before, err := fillUp(t, s)
	if !errors.Is(err, ErrFull) {
		t.Fatalf("err = %v, want ErrFull", err)
	}
	t.Logf("full after %d messages: %v", len(before), err)
	checkIntact(t, s, before)
	s.Close()
	// After the disk is full the file still opens, read-only work goes on,
	// and the data is all there.
	s, err = Open(context.Background(), filepath.Join(dir, "m.db"))
	if err != nil {
		t.Fatalf("reopen on a full disk: %v", err)
	}
	checkIntact(t, s, before)
}
