package synth

import (
	"fmt"
	"strings"
)

// Shape is the set of hyperparameters of one model size.
type Shape struct {
	Name     string  // preset name, e.g. "qwen2.5-0.5b"
	Arch     string  // "qwen2" or "qwen2moe"
	Vocab    int     // embedding rows (at least the vocabulary's token count)
	Embd     int     // hidden size
	Layers   int     // block_count
	Heads    int     // attention heads (query)
	KVHeads  int     // key/value heads (grouped-query attention)
	FF       int     // feed_forward_length
	Context  int     // context_length
	Tied     bool    // output matrix shared with the token embedding
	RMSEps   float32 // RMSNorm epsilon
	RopeBase float32 // rope frequency base (theta)

	// Qwen2-MoE only.
	Experts     int // expert_count
	ExpertsUsed int // expert_used_count
	ExpertFF    int // expert_feed_forward_length
	SharedFF    int // expert_shared_feed_forward_length
}

// HeadDim is the size of one attention head.
func (s Shape) HeadDim() int { return s.Embd / s.Heads }

// presets is the read-only table of named shapes. The Qwen2.5 rows are the
// official config.json values (see shared/docs/qwen2.md); tiny and qwen2moe
// are small shapes like the test fixtures; micro is smaller still (hidden
// size 64, one layer), for a real 151K-token vocabulary whose output matrix
// should cost little (sdk's built-in default model).
var presets = []Shape{
	{Name: "tiny", Arch: "qwen2", Vocab: 384, Embd: 256, Layers: 2, Heads: 4, KVHeads: 2, FF: 512, Context: 4096, Tied: true},
	{Name: "micro", Arch: "qwen2", Vocab: 384, Embd: 64, Layers: 1, Heads: 2, KVHeads: 1, FF: 128, Context: 4096, Tied: true},
	{Name: "qwen2.5-0.5b", Arch: "qwen2", Vocab: 151936, Embd: 896, Layers: 24, Heads: 14, KVHeads: 2, FF: 4864, Context: 32768, Tied: true},
	{Name: "qwen2.5-1.5b", Arch: "qwen2", Vocab: 151936, Embd: 1536, Layers: 28, Heads: 12, KVHeads: 2, FF: 8960, Context: 32768, Tied: true},
	{Name: "qwen2.5-3b", Arch: "qwen2", Vocab: 151936, Embd: 2048, Layers: 36, Heads: 16, KVHeads: 2, FF: 11008, Context: 32768, Tied: true},
	{Name: "qwen2.5-7b", Arch: "qwen2", Vocab: 152064, Embd: 3584, Layers: 28, Heads: 28, KVHeads: 4, FF: 18944, Context: 32768},
	{Name: "qwen2moe", Arch: "qwen2moe", Vocab: 384, Embd: 256, Layers: 2, Heads: 4, KVHeads: 2, FF: 1024, Context: 4096,
		Experts: 4, ExpertsUsed: 2, ExpertFF: 256, SharedFF: 512},
}

// Shapes returns the named presets (a copy).
func Shapes() []Shape {
	out := append([]Shape(nil), presets...)
	for i := range out {
		out[i].RMSEps, out[i].RopeBase = 1e-6, 1e6
	}
	return out
}

// ShapeNames returns the preset names, for usage messages.
func ShapeNames() []string {
	names := make([]string, len(presets))
	for i, s := range presets {
		names[i] = s.Name
	}
	return names
}

// LookupShape returns the preset with the given name (case-insensitive).
func LookupShape(name string) (Shape, error) {
	for _, s := range Shapes() {
		if strings.EqualFold(s.Name, name) {
			return s, nil
		}
	}
	return Shape{}, fmt.Errorf("synth: unknown shape %q (have %s)", name, strings.Join(ShapeNames(), ", "))
}

// check reports a shape that no model could have.
func (s Shape) check() error {
	switch {
	case s.Arch != "qwen2" && s.Arch != "qwen2moe":
		return fmt.Errorf("synth: shape %s: architecture %q, want qwen2 or qwen2moe", s.Name, s.Arch)
	case s.Embd <= 0 || s.Layers <= 0 || s.Heads <= 0 || s.KVHeads <= 0 || s.FF <= 0 || s.Vocab <= 0:
		return fmt.Errorf("synth: shape %s: sizes must be positive", s.Name)
	case s.Embd%s.Heads != 0:
		return fmt.Errorf("synth: shape %s: %d heads do not divide the hidden size %d", s.Name, s.Heads, s.Embd)
	case s.Heads%s.KVHeads != 0:
		return fmt.Errorf("synth: shape %s: %d KV heads do not divide %d heads", s.Name, s.KVHeads, s.Heads)
	case s.Arch == "qwen2moe" && (s.Experts <= 0 || s.ExpertsUsed <= 0 || s.ExpertsUsed > s.Experts || s.ExpertFF <= 0 || s.SharedFF <= 0):
		return fmt.Errorf("synth: shape %s: MoE needs experts, used experts <= experts, and expert sizes", s.Name)
	}
	return nil
}
