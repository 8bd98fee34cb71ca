package kernels

import (
	"runtime"
	"sync"
)

// minParallelWork is the number of multiply-adds below which an operation runs
// on the calling goroutine alone: starting goroutines costs about a
// microsecond each, which is more than small products take.
const minParallelWork = 1 << 15

// parallelFor calls fn on disjoint ranges [lo, hi) that together cover [0, n),
// one range per CPU, and returns when all have finished. work is the total
// number of multiply-adds, used to decide whether splitting pays. The last
// range runs on the calling goroutine.
func parallelFor(n, work int, fn func(lo, hi int)) {
	workers := runtime.NumCPU()
	if workers > n {
		workers = n
	}
	if workers <= 1 || work < minParallelWork {
		if n > 0 {
			fn(0, n)
		}
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	lo := 0
	for ; lo+chunk < n; lo += chunk {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
		}(lo, lo+chunk)
	}
	fn(lo, n)
	wg.Wait()
}
