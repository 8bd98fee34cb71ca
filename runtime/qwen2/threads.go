package qwen2

import (
	"runtime"

	"github.com/qwenkit/qwenkit/internal/hugemem"
	"github.com/qwenkit/qwenkit/runtime/kernels"
)

// Options are the run-time settings of a loaded model.
type Options struct {
	// Threads is how many threads a forward pass splits its products and
	// attention over (the calling goroutine plus Threads−1 parked workers);
	// 0 means runtime.GOMAXPROCS(0).
	Threads int
	// Exact multiplies quantized weights in float32 after dequantizing them
	// (the float64 reference to about 1e-5; several times slower) instead of
	// llama.cpp's way, the default: activations quantized to 8 bits per
	// product and exact integer block sums, which reads the weights in place
	// and gives llama.cpp's logits to float32 rounding. Float weights (F32,
	// F16, BF16) are multiplied exactly either way.
	Exact bool
	// Mapped keeps every weight matrix where Load put it, read in place from
	// the mapped file (shared with other processes through the page cache,
	// resident only once read). Without it, the default, LoadWith gives the
	// Q8_0, Q4_0, Q5_0 and Q4_K matrices (rows a multiple of 16) a copy in
	// vecdot's sixteen-row interleaved layout where the CPU has kernels for it
	// (AVX-512 F, BW and VNNI, or AVX2: Q8_0 only on AMD CPUs), the analogue of
	// llama.cpp's weight repacking: decoding steps with kernels that do about a
	// quarter of the vector work per weight byte (0.5B decode's share of the
	// memory read rate: see README, Performance); prefill and the embedding
	// lookup read the copies through rows copied back. The model's other
	// matrices are copied as they are, so that the process reads nothing of the
	// file after loading and its pages leave the resident memory: peak resident
	// memory stays about the file's size. Cost: one pass over the weights at
	// load, into anonymous memory (2 MiB pages where the kernel allows) that is
	// not shared with other processes (CacheDir keeps it in a file that later
	// loads map instead); decode logits differ from the row-major
	// products' in the last bits (float32 rounding order), prefill's are the
	// same. Where no matrix has an interleaved layout on this CPU (F16, K
	// formats other than Q4_K, arm64, purego; every K format with AVX2 alone),
	// where the file's pages cannot leave resident memory (other systems than
	// Linux, a Hugging Face folder), or where the copy would not fit in the
	// memory the system reports available, the weights stay mapped as with
	// Mapped. Exact implies Mapped.
	Mapped bool
	// CacheDir, where not empty, keeps the copy that the default makes (see
	// Mapped) in a file of that directory, created if missing: the first
	// load of a model file copies as usual and writes the copy there (a
	// file about the model's size, one per model path, replaced when the
	// model file or this CPU's layout changes); later loads map that file
	// read-only instead of copying, so that the weights are memory-mapped,
	// shared with other processes through the page cache and resident only
	// once read, and decode as fast as from the in-memory copy. Where the
	// file cannot be written or read (no space, no permission), the model
	// keeps the in-memory copy and Model.WeightCache says why. Ignored
	// where the default copies nothing, and with Mapped or Exact. Cost, the
	// first time: a write of the copy; after that, one header check.
	CacheDir string
}

// LoadWith is Load with options. Its zero Options give the fastest decoding
// this CPU has (interleaved copies; see Options.Mapped), where Load keeps
// every weight in the mapped file.
func LoadWith(path string, o Options) (*Model, error) {
	m, err := Load(path)
	if err != nil {
		return nil, err
	}
	m.exact = o.Exact
	if !o.Mapped && !o.Exact {
		var err error
		if o.CacheDir != "" {
			err = m.interleaveCached(path, o.CacheDir, hugemem.Available, diskFree)
		} else {
			_, err = m.interleave(hugemem.Available)
		}
		if err != nil {
			m.Close()
			return nil, err
		}
	}
	m.pool.Close()
	m.pool = nil
	m.SetThreads(o.Threads)
	return m, nil
}

// SetThreads sets how many threads forward passes use (0: GOMAXPROCS),
// replacing the model's worker pool. It must not run concurrently with
// Forward. Forward passes on distinct caches share the pool and take turns
// operation by operation.
func (m *Model) SetThreads(n int) {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if m.pool != nil && m.pool.Threads() == n {
		return
	}
	products := kernels.Quantized
	if m.exact {
		products = kernels.Exact
	}
	old := m.pool
	m.pool = kernels.NewPool(n, products)
	old.Close()
	// Stop the workers of a model that is dropped without Close.
	runtime.AddCleanup(m, (*kernels.Pool).Close, m.pool)
}

// Threads returns how many threads forward passes use.
func (m *Model) Threads() int { return m.pool.Threads() }
