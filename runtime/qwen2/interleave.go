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
	"github.com/qwenkit/qwenkit/runtime/vecdot"
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

// interleave is LoadWith's default (see Options.Mapped): where at least one
// matrix of m has an interleaved layout on this CPU (kernels.Interleavable:
// Q8_0, Q4_0, Q5_0 and Q4_K with AVX-512 or AVX2 (Q8_0 on AMD CPUs), rows a
// multiple of 16), it copies every weight matrix into one anonymous mapping
// that Close releases, those in their interleaved layout and the others as
// they are, drops the file pages it read from the process's resident memory
// (the model reads only the copies from then on) and returns how many bytes
// it copied. It copies nothing and returns 0 where no matrix qualifies,
// where the model's file cannot release its pages (a GGUF file mapped on
// Linux can; elsewhere the copy would add to resident memory), or where the
// copy would take more than nine tenths of the memory available reports
// (hugemem.Available in LoadWith). On an error the caller must close the
// model: some matrices may point into the released copy.
func (m *Model) interleave(available func() (int64, bool)) (int64, error) {
	ms := m.matrices()
	total, any := 0, false
	for _, w := range ms {
		total += len(w.Data)
		any = any || kernels.Interleavable(*w)
	}
	// Without a file whose pages leave resident memory once copied (a GGUF
	// file mapped on Linux), the copy would add to the mapped file's
	// resident pages instead of taking their place.
	dropper, ok := m.file.(interface {
		DropPages([]byte)
		CanDropPages() bool
	})
	if !any || !ok || !dropper.CanDropPages() {
		return 0, nil
	}
	if avail, ok := available(); ok && int64(total) > avail/10*9 {
		return 0, nil
	}
	buf, free, err := hugemem.Alloc(total)
	if err != nil {
		return 0, fmt.Errorf("qwen2: copy of the weights (%d bytes): %w", total, err)
	}
	// Each matrix's copy has its place in buf. The copies are made on
	// GOMAXPROCS goroutines, a part of a matrix (about copyPart bytes of
	// whole row groups) at a time, and the file's pages leave resident
	// memory as soon as every part on them is copied: resident memory
	// grows by the copy and shrinks by the file as the copy proceeds,
	// never holding both whole.
	type part struct {
		mat, from, to int // matrix index, rows [from, to)
	}
	var parts []part
	dsts := make([][]byte, len(ms))
	il := make([]bool, len(ms))
	left := make([]atomic.Int32, len(ms))
	var srcs [][]byte
	off := 0
	for i, w := range ms {
		n := len(w.Data)
		dsts[i] = buf[off : off+n : off+n]
		off += n
		il[i] = kernels.Interleavable(*w)
		step := 1
		if il[i] {
			step = vecdot.GroupRows
		}
		rows := max(step, copyPart/max(1, w.RowBytes())/step*step)
		for from := 0; from < w.Rows; from += rows {
			parts = append(parts, part{i, from, min(from+rows, w.Rows)})
			left[i].Add(1)
			srcs = append(srcs, w.Data[from*w.RowBytes():min(from+rows, w.Rows)*w.RowBytes()])
		}
	}
	// The file is one GGUF mapping, which holds every matrix (pageDrops
	// counts its 2 MiB units across all of them).
	drops := newPageDrops(srcs, dropper.DropPages)
	errs := make([]error, len(parts))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(len(parts), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < len(parts); k = int(next.Add(1) - 1) {
				p := parts[k]
				w := ms[p.mat]
				if il[p.mat] {
					if err := kernels.InterleaveRows(*w, dsts[p.mat], p.from, p.to); err != nil {
						errs[k] = err
					}
				} else {
					rb := w.RowBytes()
					copy(dsts[p.mat][p.from*rb:p.to*rb], srcs[k])
				}
				drops.done(srcs[k])
				if left[p.mat].Add(-1) > 0 {
					continue
				}
				// The matrix's last part: point it at its copy.
				if il[p.mat] {
					w.Interleaved = dsts[p.mat]
				} else {
					w.Data = dsts[p.mat]
				}
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
	m.copied = int64(total)
	return int64(total), nil
}

// copyPart is about how many bytes of a matrix one step of the copy that
// interleave makes covers: small enough that the parts in flight hold little
// of the file resident, large enough that starting one costs nothing.
const copyPart = 4 << 20

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

// InterleavedBytes is the size of the interleaved copies LoadWith made (0
// with Options.Mapped, or where none was made; see Options.Mapped).
func (m *Model) InterleavedBytes() int64 {
	var n int64
	for _, w := range m.matrices() {
		n += int64(len(w.Interleaved))
	}
	return n
}

// CopiedBytes is the size of all the weight matrices' copies LoadWith made,
// InterleavedBytes and those copied as they are (0 where the model reads its
// weights from the mapped file; see Options.Mapped).
func (m *Model) CopiedBytes() int64 { return m.copied }
