package qwen2

import (
	"errors"
	"fmt"
	"github.com/qwenkit/qwenkit/internal/hugemem"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/qwenkit/qwenkit/runtime/kernels"
)

// matrices returns a pointer to every weight matrix of m, each once (a tied
// output is the embedding's).
func (m *Model) matrices() []*kernels.Matrix {
	ms := []*kernels.Matrix{&m.embd}
	if !m.Config.TiedOutput {
		ms = append(ms, &m.output)
	}
	addFFN := func(f *ffn) { ms = append(ms, &f.gate, &f.up, &f.down) }
	for i := range m.layers {
		l := &m.layers[i]
		ms = append(ms, &l.wq, &l.wk, &l.wv, &l.wo)
		if l.moe == nil {
			addFFN(&l.ffn)
			continue
		}
		ms = append(ms, &l.moe.router)
		for e := range l.moe.experts {
			addFFN(&l.moe.experts[e])
		}
		addFFN(&l.moe.shared)
	}
	return ms
}

// interleave gives every matrix that has an interleaved layout on this CPU
// (kernels.Interleavable: Q8_0, Q4_0 and Q5_0 with AVX-512, Q4_0 with AVX2,
// rows a multiple of 16) a copy in it, all in one anonymous mapping that Close
// releases, drops the file pages it read from the process's resident memory
// (the model reads only the copies from then on), and returns how many bytes
// it copied (0 where none qualifies). On an error the caller must close the
// model: some matrices may point into the released copy.
func (m *Model) interleave() (int64, error) {
	ms := m.matrices()
	total := 0
	for _, w := range ms {
		if kernels.Interleavable(*w) {
			total += len(w.Data)
		}
	}
	if total == 0 {
		return 0, nil
	}
	buf, free, err := hugemem.Alloc(total)
	if err != nil {
		return 0, fmt.Errorf("qwen2: interleaved weights (%d bytes): %w", total, err)
	}
	// Each matrix's copy has its place in buf; the copies are made on
	// GOMAXPROCS goroutines, a matrix at a time.
	type job struct {
		w   *kernels.Matrix
		dst []byte
	}
	var jobs []job
	off := 0
	for _, w := range ms {
		if kernels.Interleavable(*w) {
			n := len(w.Data)
			jobs = append(jobs, job{w, buf[off : off+n : off+n]})
			off += n
		}
	}
	dropper, _ := m.file.(interface{ DropPages([]byte) })
	errs := make([]error, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(len(jobs), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(jobs); i = int(next.Add(1) - 1) {
				j := jobs[i]
				iw, err := kernels.Interleave(*j.w, j.dst)
				if err != nil {
					errs[i] = err
					continue
				}
				if dropper != nil {
					// Decode, prefill and the embedding lookup all read
					// the copy: the mapped pages just read can leave
					// resident memory.
					dropper.DropPages(j.w.Data)
				}
				*j.w = iw
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		free()
		return 0, fmt.Errorf("qwen2: %w", err)
	}
	if m.Config.TiedOutput {
		m.output = m.embd
	}
	m.file = closers{m.file, closerFunc(free)}
	return int64(total), nil
}

// closers closes each of its members, in order, and joins their errors.
type closers []io.Closer

func (cs closers) Close() error {
	var errs []error
	for _, c := range cs {
		if c != nil {
			errs = append(errs, c.Close())
		}
	}
	return errors.Join(errs...)
}

// closerFunc is a function as an io.Closer.
type closerFunc func() error

func (f closerFunc) Close() error { return f() }

// InterleavedBytes is the size of the interleaved copies Options.Interleave
// made (0 without it, or where the CPU has no interleaved kernels).
func (m *Model) InterleavedBytes() int64 {
	var n int64
	for _, w := range m.matrices() {
		n += int64(len(w.Interleaved))
	}
	return n
}
