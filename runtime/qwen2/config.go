// Package qwen2 runs the forward pass of Qwen2 and Qwen2.5 models (dense
// "qwen2" and mixture-of-experts "qwen2moe") loaded from a GGUF file or a
// Hugging Face folder (config.json and safetensors).
//
// Every hyperparameter comes from the file. A Model is read-only after Load
// and safe for concurrent Forward calls on distinct caches; each Cache holds
// one sequence's keys and values and the scratch its forward passes reuse.
// The per-token arithmetic lives in runtime/kernels.
package qwen2

import "fmt"

// Config holds a model's hyperparameters, as read from its file.
type Config struct {
	Arch          string  // "qwen2" or "qwen2moe"
	NVocab        int     // rows of the token embedding (and of the output matrix)
	NEmbd         int     // hidden size
	NLayer        int     // transformer blocks
	NHead         int     // query heads
	NHeadKV       int     // key/value heads (NHead is a multiple of it)
	HeadDim       int     // values per head; NEmbd/NHead unless the file says otherwise
	NFF           int     // dense FFN hidden size (unused by qwen2moe when expert sizes are given)
	ContextLength int     // context the model was trained for
	RMSEps        float32 // RMSNorm epsilon
	RopeBase      float64 // RoPE frequency base (10000 when the file has none)

	// Rope scaling: RopeScaling is "" (none), "linear" or "yarn". RopeFactor
	// is the context extension factor (0 or 1: none); RopeOrigContext is the
	// context before extension (YaRN; defaults to ContextLength);
	// RopeAttnFactor multiplies YaRN's magnitude scale (0 means 1).
	RopeScaling     string  // "", "linear" or "yarn"
	RopeFactor      float64 // context extension factor (0 or 1: none)
	RopeOrigContext int     // context before extension (YaRN)
	RopeAttnFactor  float64 // YaRN magnitude scale multiplier (0 means 1)

	// Mixture of experts (qwen2moe only): NExpert experts of hidden size
	// NFFExpert, NExpertUsed chosen per token, a shared expert of hidden size
	// NFFShared, and whether the chosen experts' weights are renormalised to
	// sum to 1 (false for Qwen1.5-MoE and Qwen2-57B-A14B).
	NExpert     int  // experts per layer
	NExpertUsed int  // experts chosen per token
	NFFExpert   int  // hidden size of each expert
	NFFShared   int  // hidden size of the shared expert
	NormTopK    bool // renormalise the chosen experts' weights to sum to 1

	// TiedOutput is true when the output matrix is the token embedding.
	TiedOutput bool
}

// MoE reports whether the model's FFNs are mixtures of experts.
func (c Config) MoE() bool { return c.Arch == "qwen2moe" }

// QDim is the width of the query projection: NHead·HeadDim.
func (c Config) QDim() int { return c.NHead * c.HeadDim }

// KVDim is the width of the key and value projections: NHeadKV·HeadDim.
func (c Config) KVDim() int { return c.NHeadKV * c.HeadDim }

// validate checks that the hyperparameters describe a model this package can
// run; the tensors are checked against them afterwards.
func (c Config) validate() error {
	pos := func(name string, v int) error {
		if v <= 0 {
			return fmt.Errorf("%s is %d, must be positive", name, v)
		}
		return nil
	}
	if c.Arch != "qwen2" && c.Arch != "qwen2moe" {
		return fmt.Errorf("unsupported architecture %q (want qwen2 or qwen2moe)", c.Arch)
	}
	for _, p := range []struct {
		n string
		v int
	}{{"n_vocab", c.NVocab}, {"n_embd", c.NEmbd}, {"n_layer", c.NLayer}, {"n_head", c.NHead},
		{"n_head_kv", c.NHeadKV}, {"head_dim", c.HeadDim}, {"context_length", c.ContextLength}} {
		if err := pos(p.n, p.v); err != nil {
			return err
		}
	}
	if c.NHead%c.NHeadKV != 0 {
		return fmt.Errorf("n_head %d is not a multiple of n_head_kv %d", c.NHead, c.NHeadKV)
	}
	if c.HeadDim%2 != 0 {
		return fmt.Errorf("head_dim %d is odd; rope needs pairs", c.HeadDim)
	}
	if !(c.RMSEps > 0) {
		return fmt.Errorf("rms_norm_eps %v must be positive", c.RMSEps)
	}
	if !(c.RopeBase > 0) {
		return fmt.Errorf("rope freq_base %v must be positive", c.RopeBase)
	}
	switch c.RopeScaling {
	case "", "linear":
	case "yarn":
		if err := pos("rope original context length", c.RopeOrigContext); err != nil {
			return err
		}
	default:
		return fmt.Errorf("unsupported rope scaling type %q", c.RopeScaling)
	}
	if c.RopeFactor < 0 {
		return fmt.Errorf("rope scaling factor %v is negative", c.RopeFactor)
	}
	if c.MoE() {
		for _, p := range []struct {
			n string
			v int
		}{{"expert_count", c.NExpert}, {"expert_used_count", c.NExpertUsed},
			{"expert_feed_forward_length", c.NFFExpert}, {"expert_shared_feed_forward_length", c.NFFShared}} {
			if err := pos(p.n, p.v); err != nil {
				return err
			}
		}
		if c.NExpertUsed > c.NExpert {
			return fmt.Errorf("expert_used_count %d exceeds expert_count %d", c.NExpertUsed, c.NExpert)
		}
		if c.TiedOutput {
			return fmt.Errorf("qwen2moe needs its own output matrix")
		}
	} else if err := pos("feed_forward_length", c.NFF); err != nil {
		return err
	}
	return nil
}
