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

	"golang.org/x/sys/unix"
)

// TestMapAlignedHugeAdvice checks what mapFile promises on Linux: the mapping
// starts on a 2 MiB boundary (file offset 0 there, as a PMD entry needs),
// carries the huge-page advice ("hg" in /proc/self/smaps), holds the file's
// bytes, and leaves no reserved address space behind: 32 mappings at once
// grow the address space (VmSize) by their own pages and no more than a
// little (slack left from each reservation would add up to 2 MiB apiece).
func TestMapAlignedHugeAdvice(t *testing.T) {
	want := bytes.Repeat([]byte("0123456789abcdef"), (3<<20)/16+5) // 3 MiB + 80 bytes
	path := filepath.Join(t.TempDir(), "weights")
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	const n = 32
	before := vmSizeKB(t)
	var maps [][]byte
	var releases []func([]byte) error
	for i := 0; i < n; i++ {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		data, release, err := Open(f, len(want))
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		maps, releases = append(maps, data), append(releases, release)
	}
	grown := vmSizeKB(t) - before
	pages := int64(n * ((len(want) + 4095) / 4096) * 4)
	if grown < pages || grown > pages+8<<10 {
		t.Errorf("%d mappings of %d kB pages each grew the address space by %d kB, want %d kB and at most 8 MiB more", n, pages/n, grown, pages)
	}
	data := maps[0]
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
	var flags string
	lines := strings.Split(string(smaps), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, fmt.Sprintf("%x-", addr)) {
			continue
		}
		for _, m := range lines[i+1:] {
			if strings.HasPrefix(m, "VmFlags:") {
				flags = m
				break
			}
		}
		break
	}
	if !strings.Contains(flags, " hg") {
		if advisable(t) {
			t.Errorf("mapping's VmFlags %q lack hg (MADV_HUGEPAGE)", flags)
		} else {
			t.Logf("this kernel (or emulator) does not record MADV_HUGEPAGE: hg not checked")
		}
	}
	for i, release := range releases {
		if err := release(maps[i]); err != nil {
			t.Fatal(err)
		}
	}
	if left := vmSizeKB(t) - before; left > 8<<10 {
		if advisable(t) {
			t.Errorf("after release the address space is still %d kB larger", left)
		} else {
			// qemu-user (which also ignores madvise) keeps part of a
			// released guest range reserved; the growth check above holds.
			t.Logf("after release the address space is still %d kB larger (emulated: not checked)", left)
		}
	}
}

// vmSizeKB is the process's address space size (VmSize), in kB.
func vmSizeKB(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmSize:"); ok {
			var kb int64
			fmt.Sscan(rest, &kb)
			return kb
		}
	}
	t.Fatal("no VmSize in /proc/self/status")
	return 0
}

// advisable reports whether madvise(MADV_HUGEPAGE) on an anonymous mapping
// shows as "hg" in /proc/self/smaps here (not under qemu-user, which ignores
// madvise, nor on a kernel without transparent huge pages).
func advisable(t *testing.T) bool {
	b, err := unix.Mmap(-1, 0, 4<<20, unix.PROT_READ, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(b)
	if unix.Madvise(b, unix.MADV_HUGEPAGE) != nil {
		return false
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(smaps), "\n")
	start := fmt.Sprintf("%x-", uintptr(unsafe.Pointer(unsafe.SliceData(b))))
	for i, l := range lines {
		if strings.HasPrefix(l, start) {
			for _, m := range lines[i+1:] {
				if strings.HasPrefix(m, "VmFlags:") {
					return strings.Contains(m, " hg")
				}
			}
		}
	}
	return false
}
