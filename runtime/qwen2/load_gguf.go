package qwen2

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/gguf"
)

// loadGGUF opens and loads a GGUF file; the model owns the file.
func loadGGUF(path string) (*Model, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("qwen2: %w", err)
	}
	m, err := FromGGUF(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	m.file = f
	return m, nil
}

// FromGGUF loads a model from an open GGUF file. The model's weights point
// into f, which the caller keeps open while the model is used (Model.Close
// does not close it).
func FromGGUF(f *gguf.File) (*Model, error) {
	cfg, err := configFromGGUF(f)
	if err == nil {
		src := ggufSource{f}
		embd, ok := src.find("token_embd.weight")
		if !ok || len(embd.dims) != 2 {
			err = fmt.Errorf("tensor %q: missing or not 2-D", "token_embd.weight")
		} else {
			cfg.NVocab = embd.dims[1]
		}
		_, hasOutput := f.Tensor("output.weight")
		cfg.TiedOutput = !hasOutput && cfg.Arch == "qwen2"
		if err == nil {
			var m *Model
			if m, err = build(cfg, src); err == nil {
				return m, nil
			}
		}
	}
	return nil, fmt.Errorf("qwen2: %s: %w", f.Path, err)
}

type ggufSource struct{ f *gguf.File }

func (s ggufSource) fileName(name string) string { return name }

func (s ggufSource) find(name string) (tensorRef, bool) {
	ti, ok := s.f.Tensor(name)
	if !ok {
		return tensorRef{}, false
	}
	dims := make([]int, len(ti.Dims))
	for i, d := range ti.Dims {
		dims[i] = int(d)
	}
	return tensorRef{typ: ti.Type, dims: dims, data: s.f.Data(ti)}, true
}

// experts splits the 3-D tensor blk.N.ffn_PROJ_exps.weight (ggml dims
// [cols, rows, n]) into its n matrices.
func (s ggufSource) experts(il int, proj string, n int) ([]tensorRef, []string, error) {
	name := fmt.Sprintf("blk.%d.ffn_%s_exps.weight", il, proj)
	t, ok := s.find(name)
	if !ok {
		return nil, nil, fmt.Errorf("tensor %q: missing", name)
	}
	if len(t.dims) != 3 || t.dims[2] != n || len(t.data)%n != 0 {
		return nil, nil, fmt.Errorf("tensor %q: shape %v (ggml order), want 3-D with %d experts", name, t.dims, n)
	}
	per := len(t.data) / n
	ts := make([]tensorRef, n)
	names := make([]string, n)
	for e := range ts {
		ts[e] = tensorRef{typ: t.typ, dims: t.dims[:2], data: t.data[e*per : (e+1)*per : (e+1)*per]}
		names[e] = fmt.Sprintf("%s[%d]", name, e)
	}
	return ts, names, nil
}
