// Package membw measures how fast this machine's cores can read main
// memory: the limit a decoding step, which reads every weight once per
// token, runs against.
package membw

import (
	"github.com/qwenkit/qwenkit/internal/hugemem"
	"sync"
	"time"
	"unsafe"
)

// streams is how many sequential runs each thread reads at once: one long
// run per thread leaves memory-level parallelism unused (about half the
// bandwidth on two cores of the machine this was written on), eight runs in
// separate pages are what the level-2 streamers follow best.
const streams = 8

// Read returns the best of passes reads of a fresh buffer of size bytes, in
// GB/s (10⁹ bytes per second), with threads goroutines each reading its
// share as eight sequential runs, one 8-byte load per 64-byte line. The
// buffer should be far larger than the last-level cache; on Linux it is
// backed by transparent huge pages where the kernel allows, as the model
// weights are (see runtime/internal/mmap). A buffer too small to split
// over the threads gives 0.
//
// Cost: size bytes of memory, written once, then passes×size bytes read.
func Read(threads, size, passes int) float64 {
	p := NewProbe(threads, size)
	defer p.Close()
	_, best := p.Read(passes)
	return best
}

// Probe is a buffer kept for repeated bandwidth measurements, so that they
// can alternate with the work they are compared with (a decode run and a
// run of the probe of the same length, in turn) without allocating and
// touching a buffer each time.
type Probe struct {
	threads int
	buf     []byte
	free    func() error
	share   int      // bytes per thread, a multiple of streams lines
	sums    []uint64 // one cache line per thread
}

// NewProbe allocates and touches a probe buffer of size bytes read by
// threads threads (at least 1): huge pages where the kernel gives them,
// else ordinary memory. Close releases it.
func NewProbe(threads, size int) *Probe {
	threads = max(1, threads)
	buf, free, err := hugemem.Alloc(size)
	if err != nil {
		buf, free = make([]byte, size), func() error { return nil }
	}
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = byte(i >> 12) // touch every page
	}
	return &Probe{
		threads: threads,
		buf:     buf,
		free:    free,
		share:   len(buf) / threads / (streams * 64) * (streams * 64),
		sums:    make([]uint64, threads*8),
	}
}

// Bytes is how many bytes one pass reads (all threads together).
func (p *Probe) Bytes() int { return p.threads * p.share }

// Read reads the buffer passes times, back to back, and returns the rate
// over all of them and that of the fastest single pass, in GB/s; 0, 0 when
// the buffer is too small to split over the threads or passes < 1. Each
// thread reads its share of a pass as eight sequential runs, one 8-byte load
// per 64-byte line, and the threads wait for each other at the end of every
// pass.
//
// Cost: passes × Bytes() bytes read.
func (p *Probe) Read(passes int) (mean, best float64) {
	if p.share == 0 || passes < 1 {
		return 0, 0
	}
	total := time.Duration(0)
	for range passes {
		var wg sync.WaitGroup
		start := time.Now()
		for t := 0; t < p.threads; t++ {
			wg.Add(1)
			go func(t int) {
				defer wg.Done()
				p.sums[t*8] += readStreams(p.buf[t*p.share : (t+1)*p.share])
			}(t)
		}
		wg.Wait()
		d := time.Since(start)
		total += d
		best = max(best, float64(p.Bytes())/d.Seconds()/1e9)
	}
	return float64(passes*p.Bytes()) / total.Seconds() / 1e9, best
}

// Close releases the buffer; the probe must not be used afterwards.
func (p *Probe) Close() error {
	p.buf = nil
	return p.free()
}

// readStreams reads one word of every 64-byte line of b, as eight
// sequential runs of len(b)/8 bytes side by side.
func readStreams(b []byte) uint64 {
	run := len(b) / streams
	base := unsafe.Pointer(unsafe.SliceData(b))
	var s0, s1, s2, s3, s4, s5, s6, s7 uint64
	for off := 0; off+64 <= run; off += 64 {
		p := unsafe.Add(base, off)
		s0 += *(*uint64)(p)
		s1 += *(*uint64)(unsafe.Add(p, run))
		s2 += *(*uint64)(unsafe.Add(p, 2*run))
		s3 += *(*uint64)(unsafe.Add(p, 3*run))
		s4 += *(*uint64)(unsafe.Add(p, 4*run))
		s5 += *(*uint64)(unsafe.Add(p, 5*run))
		s6 += *(*uint64)(unsafe.Add(p, 6*run))
		s7 += *(*uint64)(unsafe.Add(p, 7*run))
	}
	return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7
}
