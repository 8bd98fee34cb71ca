package membw

import (
	"encoding/binary"
	"testing"
)

// TestReadStreamsSumsEveryLine checks that readStreams reads the first word
// of every 64-byte line of its buffer exactly once (a skipped or doubled
// line, or a run boundary off by a line, changes the sum).
func TestReadStreamsSumsEveryLine(t *testing.T) {
	for _, lines := range []int{8, 16, 8 * 37} {
		b := make([]byte, lines*64)
		var want uint64
		for i := 0; i < lines; i++ {
			v := uint64(i*i + 1)
			binary.LittleEndian.PutUint64(b[i*64:], v)
			binary.LittleEndian.PutUint64(b[i*64+8:], 1<<40) // not read
			want += v
		}
		if got := readStreams(b); got != want {
			t.Fatalf("%d lines: sum %d, want %d", lines, got, want)
		}
	}
}

// TestReadReportsARate checks that Read returns a positive, finite rate for
// one and two threads, and 0 for a buffer too small to split.
func TestReadReportsARate(t *testing.T) {
	for _, th := range []int{1, 2} {
		if g := Read(th, 8<<20, 2); !(g > 0 && g < 1e4) {
			t.Fatalf("Read(%d threads) = %v GB/s", th, g)
		}
	}
	if g := Read(2, 100, 1); g != 0 {
		t.Fatalf("Read of 100 bytes on 2 threads = %v, want 0", g)
	}
}

// TestProbeMeanAndBest checks that a Probe reads whole lines per thread,
// that the rate over all passes is positive and at most the fastest
// pass's, that no pass gives 0, 0, and that a probe can be read again.
func TestProbeMeanAndBest(t *testing.T) {
	p := NewProbe(2, 8<<20+100)
	defer p.Close()
	if n := p.Bytes(); n > 8<<20+100 || n < 8<<20-2*streams*64 || n%(2*streams*64) != 0 {
		t.Fatalf("Bytes() = %d for a buffer of %d on 2 threads", n, 8<<20+100)
	}
	for i := 0; i < 2; i++ {
		mean, best := p.Read(3)
		if !(mean > 0 && mean <= best && best < 1e4) {
			t.Fatalf("Read(3) = %v, %v GB/s: want 0 < mean <= best", mean, best)
		}
	}
	if mean, best := p.Read(0); mean != 0 || best != 0 {
		t.Fatalf("Read(0) = %v, %v, want 0, 0", mean, best)
	}
}

func BenchmarkRead(b *testing.B) {
	for _, th := range []int{1, 2} {
		b.Run(map[int]string{1: "threads=1", 2: "threads=2"}[th], func(b *testing.B) {
			var g float64
			for b.Loop() {
				g = Read(th, 1<<30, 3)
			}
			b.ReportMetric(g, "GB/s")
		})
	}
}
