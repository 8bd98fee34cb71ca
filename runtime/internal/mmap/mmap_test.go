package mmap

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"unsafe"
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

// TestAnon checks that Anon returns writable zeroed memory of the size asked
// (none for zero), aligned to 2 MiB on Linux, and releases it without error.
func TestAnon(t *testing.T) {
	for _, size := range []int{0, 1, 4097, 3 << 20} {
		b, release, err := Anon(size)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != size {
			t.Fatalf("Anon(%d): %d bytes", size, len(b))
		}
		for i := 0; i < size; i += 997 {
			if b[i] != 0 {
				t.Fatalf("Anon(%d): byte %d = %d", size, i, b[i])
			}
			b[i] = 7
		}
		if size > 0 && runtime.GOOS == "linux" && uintptr(unsafe.Pointer(&b[0]))%(2<<20) != 0 {
			t.Fatalf("Anon(%d) at %p: not 2 MiB-aligned", size, &b[0])
		}
		if err := release(); err != nil {
			t.Fatal(err)
		}
	}
}
