package hugemem

import (
	"os"
	"runtime"
	"testing"
	"unsafe"
)

// TestAlloc checks that Alloc returns writable zeroed memory of the size asked
// (none for zero), aligned to 2 MiB on Linux, and releases it without error.
func TestAlloc(t *testing.T) {
	for _, size := range []int{0, 1, 4097, 3 << 20} {
		b, release, err := Alloc(size)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != size {
			t.Fatalf("Alloc(%d): %d bytes", size, len(b))
		}
		for i := 0; i < size; i += 997 {
			if b[i] != 0 {
				t.Fatalf("Alloc(%d): byte %d = %d", size, i, b[i])
			}
			b[i] = 7
		}
		if size > 0 && runtime.GOOS == "linux" && uintptr(unsafe.Pointer(&b[0]))%(2<<20) != 0 {
			t.Fatalf("Alloc(%d) at %p: not 2 MiB-aligned", size, &b[0])
		}
		if err := release(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMeminfo checks the parsing of /proc/meminfo lines: the key's value in
// bytes, and false for a missing key, a unit other than kB, a prefix of a
// longer key, or a number that does not parse.
func TestMeminfo(t *testing.T) {
	text := "MemTotal:       24594432 kB\nMemFree:         1234 kB\nMemAvailable:   20000000 kB\nOdd:  12 MB\nBad: x kB\n"
	for _, c := range []struct {
		key  string
		want int64
		ok   bool
	}{
		{"MemTotal", 24594432 << 10, true},
		{"MemAvailable", 20000000 << 10, true},
		{"MemFree", 1234 << 10, true},
		{"Mem", 0, false},
		{"Odd", 0, false},
		{"Bad", 0, false},
		{"SwapTotal", 0, false},
	} {
		got, ok := meminfo([]byte(text), c.key)
		if got != c.want || ok != c.ok {
			t.Errorf("meminfo(%q) = %d, %v; want %d, %v", c.key, got, ok, c.want, c.ok)
		}
	}
}

// TestAvailable checks that on Linux the available memory is known and lies
// between 64 MiB and the machine's total memory, and that it is unknown
// elsewhere.
func TestAvailable(t *testing.T) {
	got, ok := Available()
	if runtime.GOOS != "linux" {
		if ok {
			t.Fatalf("Available() = %d, true off Linux", got)
		}
		return
	}
	if !ok {
		t.Fatal("Available() does not know on Linux")
	}
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		t.Fatal(err)
	}
	total, ok := meminfo(b, "MemTotal")
	if !ok {
		t.Fatal("no MemTotal in /proc/meminfo")
	}
	if got < 64<<20 || got > total {
		t.Fatalf("Available() = %d bytes, want between 64 MiB and MemTotal %d", got, total)
	}
}
