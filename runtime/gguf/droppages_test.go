package gguf

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// rssKB reads VmRSS (the process's resident memory) from
// /proc/self/status; -1 where there is none.
func rssKB(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.ParseInt(f[1], 10, 64)
			return n
		}
	}
	return -1
}

// TestDropPages checks that DropPages leaves a tensor's bytes readable and
// unchanged, takes its pages out of the process's resident memory on Linux
// (VmRSS falls by most of the tensor's 8 MiB), and does nothing to a File
// that Parse made from the caller's bytes or to bytes outside the file; and
// that CanDropPages says so: true for the mapped file exactly on Linux,
// false for the parsed one.
func TestDropPages(t *testing.T) {
	data := make([]byte, 8<<20)
	for i := range data {
		data[i] = byte(i*7 + i>>12)
	}
	b := NewBuilder()
	b.SetString("general.architecture", "test")
	if err := b.AddTensor("t", []uint64{uint64(len(data))}, quant.I8, data); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "drop.gguf")
	if err := b.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := f.CanDropPages(), runtime.GOOS == "linux"; got != want {
		t.Fatalf("mapped file: CanDropPages() = %v on %s, want %v", got, runtime.GOOS, want)
	}
	ti, _ := f.Tensor("t")
	td := f.Data(ti)
	var sum, want int
	for i := 0; i < len(td); i += 4096 {
		sum += int(td[i]) // fault every page in
		want += int(data[i])
	}
	if sum != want {
		t.Fatalf("mapped tensor sums to %d, want %d", sum, want)
	}
	before := rssKB(t)
	f.DropPages(td)
	after := rssKB(t)
	if runtime.GOOS == "linux" && before >= 0 && before-after < 4<<10 {
		t.Errorf("VmRSS %d kB before DropPages, %d after: want at least 4 MiB less", before, after)
	}
	if !bytes.Equal(td, data) {
		t.Fatal("the tensor's bytes changed after DropPages")
	}
	f.DropPages(data) // not the file's: nothing happens
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pf, err := Parse(raw, path)
	if err != nil {
		t.Fatal(err)
	}
	if pf.CanDropPages() {
		t.Fatal("a file parsed from the caller's bytes can drop pages")
	}
	pd := pf.Data(ti)
	pf.DropPages(pd) // the caller's heap bytes: must stay as they are
	if !bytes.Equal(pd, data) {
		t.Fatal("DropPages changed bytes of a File made by Parse")
	}
}
