package synth

import (
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// chunkValues is about how many values one generation job produces: a
// tensor is cut into chunks of whole rows of about this size, each drawn
// from its own PCG stream, so chunks can be made in parallel and the bytes
// do not depend on the number of workers.
const chunkValues = 1 << 18

// writeTensor generates p's values chunk by chunk on all CPUs and writes the
// encoded chunks to w in order. At most 2 chunks per worker are in memory.
func writeTensor(w io.Writer, p tensorPlan, seed uint64) error {
	rowLen := int(p.dims[0])
	rows := 1
	for _, d := range p.dims[1:] {
		rows *= int(d)
	}
	chunkRows := max(1, chunkValues/rowLen)
	n := (rows + chunkRows - 1) / chunkRows
	stream := nameHash(p.name)

	type result struct {
		b   []byte
		err error
	}
	workers := runtime.GOMAXPROCS(0)
	slots := make([]chan result, n)
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	jobs := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	defer func() { close(done); wg.Wait() }()
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]float32, chunkRows*rowLen)
			for c := range jobs {
				lo := c * chunkRows
				vals := buf[:(min(rows, lo+chunkRows)-lo)*rowLen]
				fill(vals, p.mean, p.std, rand.NewPCG(seed, stream+uint64(c)))
				b, err := quant.Quantize(p.typ, vals)
				slots[c] <- result{b, err}
			}
		}()
	}
	// Hand out chunks no further than 2 per worker ahead of the writer.
	ahead := make(chan struct{}, 2*workers)
	go func() {
		defer close(jobs)
		for c := 0; c < n; c++ {
			select {
			case ahead <- struct{}{}:
			case <-done:
				return
			}
			select {
			case jobs <- c:
			case <-done:
				return
			}
		}
	}()
	for c := 0; c < n; c++ {
		r := <-slots[c]
		<-ahead
		if r.err != nil {
			return fmt.Errorf("synth: %s: %w", p.name, r.err)
		}
		if _, err := w.Write(r.b); err != nil {
			return err
		}
	}
	return nil
}

// fill sets xs to mean + std·N(0,1) drawn from src.
func fill(xs []float32, mean, std float32, src rand.Source) {
	r := rand.New(src)
	for i := range xs {
		xs[i] = mean + std*float32(r.NormFloat64())
	}
}

// nameHash gives each tensor its own family of PCG streams.
func nameHash(name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64() << 20 // room for 2^20 chunks per tensor before streams meet
}
