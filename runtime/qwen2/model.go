package qwen2

import (
	"io"

	"github.com/qwenkit/qwenkit/runtime/kernels"
)

// Model is a loaded Qwen2 or Qwen2-MoE model: its hyperparameters and its
// weights, which point into the memory-mapped file or into LoadWith's copy of
// them (norm weights and biases are converted to float32 at load). It is
// read-only after Load.
type Model struct {
	// Config is the model's hyperparameters, as read from its file.
	Config Config

	embd       kernels.Matrix // token_embd: NVocab rows of NEmbd
	layers     []layer
	outputNorm []float32      // NEmbd
	output     kernels.Matrix // NVocab rows of NEmbd; embd itself when tied
	rope       *kernels.RoPE
	pool       *kernels.Pool // threads of the forward pass; see SetThreads
	exact      bool          // Options.Exact

	file io.Closer
	// copied is the size of the weights' copy LoadWith made (0: mapped).
	copied int64
	// cachePath is the weight cache file the weights are mapped from, and
	// cacheErr why one asked for is not used (see WeightCache).
	cachePath string
	cacheErr  error
}

// layer is one transformer block.
type layer struct {
	attnNorm   []float32      // NEmbd
	wq, wk, wv kernels.Matrix // QDim, KVDim, KVDim rows of NEmbd
	bq, bk, bv []float32      // QDim, KVDim, KVDim
	wo         kernels.Matrix // NEmbd rows of QDim
	ffnNorm    []float32      // NEmbd
	ffn        ffn            // dense models
	moe        *moe           // qwen2moe; nil for dense models
}

// ffn is a SwiGLU feed-forward network: down(silu(gate·h) ⊙ up·h).
type ffn struct {
	gate, up kernels.Matrix // hidden rows of NEmbd
	down     kernels.Matrix // NEmbd rows of hidden
}

// moe is a mixture of experts with a gated shared expert.
type moe struct {
	router     kernels.Matrix // NExpert rows of NEmbd
	experts    []ffn          // NExpert, each of hidden size NFFExpert
	shared     ffn            // hidden size NFFShared
	sharedGate []float32      // NEmbd: sigmoid(sharedGate·h) scales the shared expert
}

// Close stops the model's worker threads and releases the model file. The
// model must not be used afterwards.
func (m *Model) Close() error {
	m.pool.Close()
	if m.file == nil {
		return nil
	}
	err := m.file.Close()
	m.file = nil
	return err
}
