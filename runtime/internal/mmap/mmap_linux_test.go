//go:build linux

package mmap

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"
)

// TestMapAlignedHugeAdvice checks what mapFile promises on Linux: the mapping
// starts on a 2 MiB boundary (file offset 0 there, as a PMD entry needs),
// carries the huge-page advice ("hg" in /proc/self/smaps), holds the file's
// bytes, and leaves no reserved address space behind (no mapping but the
// file's own within 2 MiB around it).
func TestMapAlignedHugeAdvice(t *testing.T) {
	want := bytes.Repeat([]byte("0123456789abcdef"), (3<<20)/16+5) // 3 MiB + 80 bytes
	path := filepath.Join(t.TempDir(), "weights")
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	data, release, err := Open(f, len(want))
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
	if addr%hugePage != 0 {
		t.Errorf("mapping at %#x, not 2 MiB-aligned", addr)
	}
	if !bytes.Equal(data, want) {
		t.Fatal("mapped bytes differ from the file's")
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	start := fmt.Sprintf("%x-", addr)
	var flags string
	var neighbours []string
	lines := strings.Split(string(smaps), "\n")
	for i, l := range lines {
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(l, "%x-%x ", &lo, &hi); n != 2 {
			continue // a field line, not a mapping's
		}
		if strings.HasPrefix(l, start) {
			for _, m := range lines[i+1:] {
				if strings.HasPrefix(m, "VmFlags:") {
					flags = m
					break
				}
			}
			continue
		}
		end := addr + uintptr(len(data))
		if hi > addr-hugePage && lo < end+hugePage && strings.Contains(l, " ---p ") {
			neighbours = append(neighbours, l)
		}
	}
	if !strings.Contains(flags, " hg") {
		t.Errorf("mapping's VmFlags %q lack hg (MADV_HUGEPAGE)", flags)
	}
	if len(neighbours) > 0 {
		t.Errorf("reserved address space left beside the mapping: %q", neighbours)
	}
	if err := release(data); err != nil {
		t.Fatal(err)
	}
}
