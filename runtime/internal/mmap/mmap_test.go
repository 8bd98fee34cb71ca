package mmap

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenMapsContents(t *testing.T) {
	want := bytes.Repeat([]byte("qwenkit\x00\xff"), 1000) // spans pages
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	data, release, err := Open(f, len(want))
	f.Close() // the mapping outlives the descriptor
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		t.Fatalf("mapped %d bytes differ from the file's %d", len(data), len(want))
	}
	if err := release(data); err != nil {
		t.Fatalf("release: %v", err)
	}
}

func TestOpenPrefix(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("abcdef"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, release, err := Open(f, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer release(data)
	if string(data) != "abc" {
		t.Fatalf("got %q, want %q", data, "abc")
	}
}

func TestOpenEmptyAndNegative(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, release, err := Open(f, 0)
	if err != nil || len(data) != 0 || release == nil {
		t.Fatalf("Open(empty) = %d bytes, release nil %v, err %v; want 0 bytes, a release, no error", len(data), release == nil, err)
	}
	if err := release(data); err != nil {
		t.Fatalf("release of empty: %v", err)
	}
	if _, _, err := Open(f, -1); err == nil {
		t.Fatal("Open with a negative size: no error")
	}
}
