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
// bytes, and leaves no reserved address space behind: in /proc/self/maps
// each of 32 mappings at once is one area of the file's pages with no
// inaccessible anonymous area (the reservation's slack) beside it, and none
// of the file's areas is left after release. (The areas are looked up by the
// file's path, so other mappings the runtime makes meanwhile, as under the
// race detector, do not matter.)
func TestMapAlignedHugeAdvice(t *testing.T) {
	want := bytes.Repeat([]byte("0123456789abcdef"), (3<<20)/16+5) // 3 MiB + 80 bytes
	path := filepath.Join(t.TempDir(), "weights")
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	const n = 32
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
	areas := procMaps(t)
	mine := 0
	for i, a := range areas {
		if a.path != path {
			continue
		}
		mine++
		if size, pages := a.end-a.start, uintptr(len(want)+4095)&^4095; size != pages {
			t.Errorf("area %#x-%#x of the file: %d bytes, want its %d bytes of pages", a.start, a.end, size, pages)
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(areas) && (areas[j].end == a.start || areas[j].start == a.end) && areas[j].perms == "---p" && areas[j].path == "" {
				t.Errorf("inaccessible area %#x-%#x beside the mapping at %#x: reservation slack left", areas[j].start, areas[j].end, a.start)
			}
		}
	}
	if mine != n {
		t.Errorf("%d areas of the file in /proc/self/maps, want %d", mine, n)
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
	for _, a := range procMaps(t) {
		if a.path == path {
			t.Errorf("area %#x-%#x of the file still mapped after release", a.start, a.end)
		}
	}
}

// area is one line of /proc/self/maps.
type area struct {
	start, end uintptr
	perms      string // "r--s", "---p", …
	path       string // "" for anonymous memory
}

// procMaps reads /proc/self/maps.
func procMaps(t *testing.T) []area {
	b, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Fatal(err)
	}
	var out []area
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Fields(l)
		if len(f) < 5 {
			continue
		}
		var a area
		if _, err := fmt.Sscanf(f[0], "%x-%x", &a.start, &a.end); err != nil {
			t.Fatalf("/proc/self/maps line %q: %v", l, err)
		}
		a.perms = f[1]
		if len(f) >= 6 {
			a.path = strings.Join(f[5:], " ")
		}
		out = append(out, a)
	}
	return out
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
