package qwen2

import (
	"fmt"
	"os"
	"slices"

	"github.com/qwenkit/qwenkit/runtime/kernels"
	"github.com/qwenkit/qwenkit/runtime/quant"
)

// Load opens a model: a GGUF file, or a Hugging Face folder holding
// config.json and *.safetensors (sharded or not). The weights stay memory
// mapped until Close. Any defect (unsupported architecture or tensor type, a
// missing tensor, a shape that disagrees with the hyperparameters) is an
// error naming the file and the tensor or key.
func Load(path string) (*Model, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("qwen2: %w", err)
	}
	if st.IsDir() {
		return loadHF(path)
	}
	return loadGGUF(path)
}

// tensorRef is one tensor of a model file, whatever the format.
type tensorRef struct {
	typ  quant.Type
	dims []int // ggml order: dims[0] is the row length (fastest varying)
	data []byte
}

// source is a model file's tensors, looked up by their GGUF names.
type source interface {
	// find returns the tensor that GGUF calls name.
	find(name string) (tensorRef, bool)
	// experts returns the n expert matrices of layer il for proj "gate",
	// "up" or "down", or an error naming what is missing or malformed.
	experts(il int, proj string, n int) ([]tensorRef, []string, error)
	// fileName is how the file spells the GGUF tensor name, for errors.
	fileName(name string) string
}

// builder collects a model's weights from a source, keeping the first error;
// after an error every call returns a zero value.
type builder struct {
	src source
	err error
}

func (b *builder) failf(name, format string, args ...any) {
	if b.err == nil {
		b.err = fmt.Errorf("tensor %q: %s", b.src.fileName(name), fmt.Sprintf(format, args...))
	}
}

// matrix returns the 2-D tensor name, which must have rows rows of cols values.
func (b *builder) matrix(name string, rows, cols int) kernels.Matrix {
	if b.err != nil {
		return kernels.Matrix{}
	}
	t, ok := b.src.find(name)
	if !ok {
		b.failf(name, "missing")
		return kernels.Matrix{}
	}
	return b.checkMatrix(name, t, rows, cols)
}

func (b *builder) checkMatrix(name string, t tensorRef, rows, cols int) kernels.Matrix {
	if len(t.dims) != 2 || t.dims[0] != cols || t.dims[1] != rows {
		b.failf(name, "shape %v (ggml order), want [%d %d]", t.dims, cols, rows)
		return kernels.Matrix{}
	}
	if !kernels.Supported(t.typ) {
		b.failf(name, "unsupported tensor type %s", t.typ)
		return kernels.Matrix{}
	}
	m := kernels.Matrix{Type: t.typ, Rows: rows, Cols: cols, Data: t.data}
	if err := m.Check(); err != nil {
		b.failf(name, "%v", err)
	}
	return m
}

// vector returns the 1-D tensor name (n values; a trailing dimension of 1 is
// allowed) converted to float32.
func (b *builder) vector(name string, n int) []float32 {
	if b.err != nil {
		return nil
	}
	t, ok := b.src.find(name)
	if !ok {
		b.failf(name, "missing")
		return nil
	}
	if len(t.dims) == 0 || t.dims[0] != n || slices.ContainsFunc(t.dims[1:], func(d int) bool { return d != 1 }) {
		b.failf(name, "shape %v (ggml order), want [%d]", t.dims, n)
		return nil
	}
	if !quant.CanDequantize(t.typ) {
		b.failf(name, "unsupported tensor type %s", t.typ)
		return nil
	}
	v := make([]float32, n)
	if err := quant.Dequantize(t.typ, t.data, v); err != nil {
		b.failf(name, "%v", err)
		return nil
	}
	return v
}

// experts returns the n experts of layer il, each a SwiGLU FFN of hidden size
// hidden over nEmbd values.
func (b *builder) experts(il, n, hidden, nEmbd int) []ffn {
	get := func(proj string, rows, cols int) []kernels.Matrix {
		if b.err != nil {
			return nil
		}
		ts, names, err := b.src.experts(il, proj, n)
		if err != nil {
			b.err = err
			return nil
		}
		ms := make([]kernels.Matrix, n)
		for e, t := range ts {
			ms[e] = b.checkMatrix(names[e], t, rows, cols)
		}
		return ms
	}
	gate := get("gate", hidden, nEmbd)
	up := get("up", hidden, nEmbd)
	down := get("down", nEmbd, hidden)
	if b.err != nil {
		return nil
	}
	out := make([]ffn, n)
	for e := range out {
		out[e] = ffn{gate: gate[e], up: up[e], down: down[e]}
	}
	return out
}

// build validates cfg and reads every weight from src.
func build(cfg Config, src source) (*Model, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	rope, err := kernels.NewRoPE(cfg.ropeParams())
	if err != nil {
		return nil, err
	}
	E, Q, KV := cfg.NEmbd, cfg.QDim(), cfg.KVDim()
	b := &builder{src: src}
	m := &Model{Config: cfg, rope: rope}
	m.embd = b.matrix("token_embd.weight", cfg.NVocab, E)
	m.outputNorm = b.vector("output_norm.weight", E)
	if cfg.TiedOutput {
		m.output = m.embd
	} else {
		m.output = b.matrix("output.weight", cfg.NVocab, E)
	}
	m.layers = make([]layer, cfg.NLayer)
	for i := range m.layers {
		p := fmt.Sprintf("blk.%d.", i)
		l := &m.layers[i]
		l.attnNorm = b.vector(p+"attn_norm.weight", E)
		l.wq = b.matrix(p+"attn_q.weight", Q, E)
		l.wk = b.matrix(p+"attn_k.weight", KV, E)
		l.wv = b.matrix(p+"attn_v.weight", KV, E)
		l.bq = b.vector(p+"attn_q.bias", Q)
		l.bk = b.vector(p+"attn_k.bias", KV)
		l.bv = b.vector(p+"attn_v.bias", KV)
		l.wo = b.matrix(p+"attn_output.weight", E, Q)
		l.ffnNorm = b.vector(p+"ffn_norm.weight", E)
		if cfg.MoE() {
			l.moe = &moe{
				router:  b.matrix(p+"ffn_gate_inp.weight", cfg.NExpert, E),
				experts: b.experts(i, cfg.NExpert, cfg.NFFExpert, E),
				shared: ffn{
					gate: b.matrix(p+"ffn_gate_shexp.weight", cfg.NFFShared, E),
					up:   b.matrix(p+"ffn_up_shexp.weight", cfg.NFFShared, E),
					down: b.matrix(p+"ffn_down_shexp.weight", E, cfg.NFFShared),
				},
				sharedGate: b.vector(p+"ffn_gate_inp_shexp.weight", E),
			}
		} else {
			l.ffn = ffn{
				gate: b.matrix(p+"ffn_gate.weight", cfg.NFF, E),
				up:   b.matrix(p+"ffn_up.weight", cfg.NFF, E),
				down: b.matrix(p+"ffn_down.weight", E, cfg.NFF),
			}
		}
	}
	if b.err != nil {
		return nil, b.err
	}
	m.SetThreads(0)
	return m, nil
}

// ropeParams translates the rope settings to the kernel's, as llama.cpp
// does: frequency scale 1/factor, and YaRN's ramp and magnitude scale only
// for the yarn type.
func (c Config) ropeParams() kernels.RoPEParams {
	p := kernels.RoPEParams{HeadDim: c.HeadDim, Base: c.RopeBase}
	if c.RopeScaling != "" && c.RopeFactor > 0 {
		p.FreqScale = 1 / c.RopeFactor
	}
	if c.RopeScaling == "yarn" {
		p.YaRN = true
		p.OrigContext = c.RopeOrigContext
		p.AttnFactor = c.RopeAttnFactor
	}
	return p
}
