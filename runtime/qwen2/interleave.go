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

// weightPlan is where the copy that interleave makes puts each weight
// matrix of a model: matrix i (ms[i], in matrices' order) at offs[i], in
// its interleaved layout where il[i], else as it is; total bytes in all.
// The layout depends only on the matrices' types and shapes and on which of
// them this CPU reads interleaved, so a cache file of the copy (see
// Options.CacheDir) can be checked against it.
type weightPlan struct {
	ms    []*kernels.Matrix
	il    []bool
	offs  []int
	total int
	any   bool // some matrix has an interleaved layout on this CPU
}

// plan returns m's weightPlan. Cost: one pass over the matrix headers.
func (m *Model) plan() weightPlan {
	p := weightPlan{ms: m.matrices()}
	p.il = make([]bool, len(p.ms))
	p.offs = make([]int, len(p.ms))
	for i, w := range p.ms {
		p.il[i] = kernels.Interleavable(*w)
		p.any = p.any || p.il[i]
		p.offs[i] = p.total
		p.total += len(w.Data)
	}
	return p
}

// point makes every matrix of p, a plan of m's, read its place in buf
// (total bytes laid out by the plan): the interleaved ones through
// Interleaved, the others through Data; a tied output reads the embedding's.
func (m *Model) point(p weightPlan, buf []byte) {
	for i, w := range p.ms {
		n := len(w.Data)
		dst := buf[p.offs[i] : p.offs[i]+n : p.offs[i]+n]
		if p.il[i] {
			w.Interleaved = dst
		} else {
			w.Data = dst
		}
	}
	if m.Config.TiedOutput {
		m.output = m.embd
	}
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
// (hugemem.Available in LoadWith). On an error the model reads the file as
// before.
func (m *Model) interleave(available func() (int64, bool)) (int64, error) {
	p, buf, free, err := m.copyWeights(m.plan(), available)
	if err != nil || buf == nil {
		return 0, err
	}
	m.file = closers{m.file, closerFunc(free)}
	m.copied = int64(p.total)
	return int64(p.total), nil
}

// copyWeights makes interleave's copy as p, m's plan, lays it out and
// points the matrices at it, returning p, the copy and the function that
// releases it (nil where it copies nothing, for the reasons interleave
// gives).
func (m *Model) copyWeights(p weightPlan, available func() (int64, bool)) (weightPlan, []byte, func() error, error) {
	if !p.any || !m.canDropPages() {
		return p, nil, nil, nil
	}
	if avail, ok := available(); ok && int64(p.total) > avail/10*9 {
		return p, nil, nil, nil
	}
	buf, free, err := hugemem.Alloc(p.total)
	if err != nil {
		return p, nil, nil, fmt.Errorf("qwen2: copy of the weights (%d bytes): %w", p.total, err)
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
	var srcs [][]byte
	for i, w := range p.ms {
		step := 1
		if p.il[i] {
			step = vecdot.GroupRows
		}
		rows := max(step, copyPart/max(1, w.RowBytes())/step*step)
		for from := 0; from < w.Rows; from += rows {
			parts = append(parts, part{i, from, min(from+rows, w.Rows)})
			srcs = append(srcs, w.Data[from*w.RowBytes():min(from+rows, w.Rows)*w.RowBytes()])
		}
	}
	// The file is one GGUF mapping, which holds every matrix (pageDrops
	// counts its 2 MiB units across all of them).
	drops := newPageDrops(srcs, m.file.(pageDropper).DropPages)
	errs := make([]error, len(parts))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(len(parts), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < len(parts); k = int(next.Add(1) - 1) {
				pt := parts[k]
				w := p.ms[pt.mat]
				dst := buf[p.offs[pt.mat] : p.offs[pt.mat]+len(w.Data)]
				if p.il[pt.mat] {
					errs[k] = kernels.InterleaveRows(*w, dst, pt.from, pt.to)
				} else {
					rb := w.RowBytes()
					copy(dst[pt.from*rb:pt.to*rb], srcs[k])
				}
				drops.done(srcs[k])
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		free()
		return p, nil, nil, fmt.Errorf("qwen2: %w", err)
	}
	m.point(p, buf)
	return p, buf, free, nil
}

// pageDropper is a model file whose mapped pages can leave the process's
// resident memory (gguf.File on Linux).
type pageDropper interface {
	DropPages([]byte)
	CanDropPages() bool
}

// canDropPages reports whether m's file releases the pages of the weights
// copied out of it. Without that (other systems than Linux, a Hugging Face
// folder), a copy would add to the mapped file's resident pages instead of
// taking their place.
func (m *Model) canDropPages() bool {
	d, ok := m.file.(pageDropper)
	return ok && d.CanDropPages()
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
