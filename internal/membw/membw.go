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
// weights are (see runtime/internal/mmap).
//
// Cost: size bytes of memory, written once, then passes×size bytes read.
func Read(threads, size, passes int) float64 {
	threads = max(1, threads)
	buf, free, err := hugemem.Alloc(size)
	if err != nil {
		buf, free = make([]byte, size), func() error { return nil }
	}
	defer free()
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = byte(i >> 12) // touch every page
	}
	share := len(buf) / threads / (streams * 64) * (streams * 64)
	if share == 0 {
		return 0
	}
	sums := make([]uint64, threads*8) // one cache line per thread
	best := 0.0
	for p := 0; p < passes; p++ {
		var wg sync.WaitGroup
		start := time.Now()
		for t := 0; t < threads; t++ {
			wg.Add(1)
			go func(t int) {
				defer wg.Done()
				sums[t*8] += readStreams(buf[t*share : (t+1)*share])
			}(t)
		}
		wg.Wait()
		best = max(best, float64(threads*share)/time.Since(start).Seconds()/1e9)
	}
	return best
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
