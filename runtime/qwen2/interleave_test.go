package qwen2

import (
	"bytes"
	"io"
	"math"
	"path/filepath"
	"runtime"
	"testing"
	"unsafe"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/synth"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// TestInterleavedFixtureLogits loads the Q8_0, Q4_0 and Q5_0 fixtures (dense,
// and a mixture of experts) with LoadWith's default options and checks that every
// matrix the CPU can read interleaved got its copy (none where it cannot),
// and that the logits, batched and decoded token by token (the interleaved
// products), stay within the manifest's tol_llamacpp of llama.cpp's.
func TestInterleavedFixtureLogits(t *testing.T) {
	files := manifest(t)
	dir := modelsDir(t)
	for _, name := range []string{"tiny-q8_0.gguf", "tiny-q4_0.gguf", "tiny-q5_0.gguf", "tiny-moe-q8_0.gguf"} {
		mf, ok := files[name]
		if !ok {
			t.Fatalf("%s is not in the manifest", name)
		}
		t.Run(name, func(t *testing.T) {
			m, err := LoadWith(filepath.Join(dir, name), Options{Threads: 2})
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			copies, can := 0, 0
			for _, w := range m.matrices() {
				if vecdot.Interleavable(w.Type) && w.Rows%vecdot.GroupRows == 0 {
					can++
				}
				if w.Interleaved != nil {
					copies++
				}
			}
			if copies != can {
				t.Fatalf("%d matrices interleaved, %d could be", copies, can)
			}
			if vecdot.Interleavable(m.embd.Type) && can == 0 {
				t.Fatal("no matrix of this model can be interleaved: the test checks nothing")
			}
			for _, tc := range referenceLogits(t, name) {
				got, err := m.Forward(m.NewCache(64), tc.Tokens, true)
				if err != nil {
					t.Fatal(err)
				}
				if d := maxDiff(t, got, tc.LlamaCpp); d > mf.TolLlamaCpp {
					t.Errorf("%d tokens: max |logit − llama.cpp| = %.3g > tol %.3g", len(tc.Tokens), d, mf.TolLlamaCpp)
				}
				if d := maxDiff(t, decodeSteps(t, m, tc.Tokens), tc.LlamaCpp); d > mf.TolLlamaCpp {
					t.Errorf("%d tokens decoded one by one: max |logit − llama.cpp| = %.3g > tol %.3g", len(tc.Tokens), d, mf.TolLlamaCpp)
				}
			}
		})
	}
}

// TestLoadCopiesWeights loads one layer of the Qwen2.5-0.5B shape in
// llama.cpp's Q4_K_M mix (Q5_0 and Q8_0 matrices, whose 896 columns take no
// K format, beside Q4_K and Q6_K down projections) with LoadWith's default
// options and with Options.Mapped. Where the CPU reads Q5_0 and Q8_0
// interleaved, the default must copy every matrix, those without an
// interleaved layout (the one layer's Q6_K down projection) as they are,
// into one buffer of CopiedBytes bytes, and interleave the others; the
// prefill logits must be the mapped model's bit for bit and the decoded ones
// within float32 rounding of them. A copy larger than the memory available
// must not be made, leaving the model as it was.
func TestLoadCopiesWeights(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mix.gguf")
	if err := synth.Write(path, synth.Options{Shape: "qwen2.5-0.5b", Type: "q4_k_m", Layers: 1, Vocab: 384, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	mapped, err := LoadWith(path, Options{Threads: 2, Mapped: true})
	if err != nil {
		t.Fatal(err)
	}
	defer mapped.Close()
	m, err := LoadWith(path, Options{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if mapped.CopiedBytes() != 0 || mapped.InterleavedBytes() != 0 {
		t.Fatalf("Mapped: %d bytes copied, %d interleaved", mapped.CopiedBytes(), mapped.InterleavedBytes())
	}
	types := map[quant.Type]int{}
	total := 0
	for _, w := range mapped.matrices() {
		types[w.Type]++
		total += len(w.Data)
	}
	if types[quant.Q5_0] == 0 || types[quant.Q8_0] == 0 || types[quant.Q4_K]+types[quant.Q6_K] == 0 {
		t.Fatalf("matrix types %v: want Q5_0, Q8_0 and K formats", types)
	}
	if !vecdot.Interleavable(quant.Q5_0) || runtime.GOOS != "linux" {
		if m.CopiedBytes() != 0 || m.InterleavedBytes() != 0 {
			t.Fatalf("no interleaved Q5_0/Q8_0 kernels or no page release, yet %d bytes copied", m.CopiedBytes())
		}
	} else {
		if m.CopiedBytes() != int64(total) {
			t.Fatalf("copied %d bytes, the matrices hold %d", m.CopiedBytes(), total)
		}
		lo, hi := uintptr(math.MaxUint), uintptr(0)
		verbatim := 0
		span := func(b []byte) {
			p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
			lo, hi = min(lo, p), max(hi, p+uintptr(len(b)))
		}
		mm := mapped.matrices()
		for i, w := range m.matrices() {
			if w.Interleaved != nil {
				span(w.Interleaved)
				continue
			}
			if !bytes.Equal(w.Data, mm[i].Data) {
				t.Fatalf("matrix %d (%s): the copy differs from the file", i, w.Type)
			}
			span(w.Data)
			verbatim++
		}
		if verbatim == 0 || m.InterleavedBytes() == 0 || hi-lo != uintptr(total) {
			t.Fatalf("%d matrices copied as they are, %d bytes interleaved, spanning %d bytes: want both, in one buffer of %d", verbatim, m.InterleavedBytes(), hi-lo, total)
		}
	}
	tokens := []int{1, 7, 300, 42, 99, 5}
	want, err := mapped.Forward(mapped.NewCache(0), tokens, true)
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.Forward(m.NewCache(0), tokens, true)
	if err != nil {
		t.Fatal(err)
	}
	if d := rowsDiff(got, want); d != 0 {
		t.Errorf("prefill logits differ from the mapped model's by %.3g", d)
	}
	if d := rowsDiff(decodeSteps(t, m, tokens), decodeSteps(t, mapped, tokens)); d > 1e-3 {
		t.Errorf("decoded logits differ from the mapped model's by %.3g", d)
	}

	small, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	defer small.Close()
	n, err := small.interleave(func() (int64, bool) { return int64(total) / 2, true })
	if err != nil || n != 0 || small.CopiedBytes() != 0 || small.InterleavedBytes() != 0 {
		t.Fatalf("with memory for half the copy: %d bytes copied (%d interleaved), error %v; want none", n, small.InterleavedBytes(), err)
	}
	// A file whose pages cannot leave resident memory gets no copy either.
	small.file = keepPages{small.file}
	n, err = small.interleave(func() (int64, bool) { return 0, false })
	if err != nil || n != 0 || small.CopiedBytes() != 0 || small.InterleavedBytes() != 0 {
		t.Fatalf("with a file that keeps its pages: %d bytes copied (%d interleaved), error %v; want none", n, small.InterleavedBytes(), err)
	}
}

// keepPages is a model file whose pages cannot leave resident memory, as on
// systems other than Linux.
type keepPages struct{ io.Closer }

func (keepPages) DropPages([]byte)   {}
func (keepPages) CanDropPages() bool { return false }
