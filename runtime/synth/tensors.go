package synth

import (
	"fmt"
	"math"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// tensorPlan is one tensor to generate: values are mean + std·N(0,1).
type tensorPlan struct {
	name      string
	dims      []uint64 // ggml order
	typ       quant.Type
	mean, std float32
}

// logitStd is the standard deviation the output matrix gives the logits of
// a unit-RMS hidden state, about what trained models show.
const logitStd = 2.5

// plan lists the tensors of shape s in file order (embedding, layers,
// output), with their types and initial scales. Matrices get std
// 1/sqrt(fan_in), so each projection of a unit-RMS input is about unit RMS;
// norms are about 1, biases small; the output matrix (the embedding when
// tied) gives logits of std about logitStd.
func plan(s Shape, w weightType) []tensorPlan {
	var ps []tensorPlan
	embd, ff, hd := uint64(s.Embd), uint64(s.FF), uint64(s.HeadDim())
	q, kv := uint64(s.Heads)*hd, uint64(s.KVHeads)*hd
	inv := func(fanIn uint64) float32 { return float32(1 / math.Sqrt(float64(fanIn))) }
	matrix := func(name string, layer int, std float32, dims ...uint64) {
		ps = append(ps, tensorPlan{name: name, dims: dims, std: std,
			typ: w.typeFor(name, layer, s.Layers, s.Tied, int(dims[0]))})
	}
	vector := func(name string, mean, std float32, n uint64) {
		ps = append(ps, tensorPlan{name: name, dims: []uint64{n}, typ: quant.F32, mean: mean, std: std})
	}
	rows := uint64(s.Vocab)
	embStd := float32(logitStd) * inv(embd)
	matrix("token_embd.weight", -1, embStd, embd, rows)
	for l := 0; l < s.Layers; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		vector(p+"attn_norm.weight", 1, 0.05, embd)
		matrix(p+"attn_q.weight", l, inv(embd), embd, q)
		vector(p+"attn_q.bias", 0, 0.2, q)
		matrix(p+"attn_k.weight", l, inv(embd), embd, kv)
		vector(p+"attn_k.bias", 0, 0.2, kv)
		matrix(p+"attn_v.weight", l, inv(embd), embd, kv)
		vector(p+"attn_v.bias", 0, 0.2, kv)
		matrix(p+"attn_output.weight", l, inv(q), q, embd)
		vector(p+"ffn_norm.weight", 1, 0.05, embd)
		if s.Arch == "qwen2moe" {
			eff, sff, ne := uint64(s.ExpertFF), uint64(s.SharedFF), uint64(s.Experts)
			// The router stays F32, as llama-quantize leaves it.
			ps = append(ps, tensorPlan{name: p + "ffn_gate_inp.weight", dims: []uint64{embd, ne}, typ: quant.F32, std: inv(embd)})
			matrix(p+"ffn_gate_exps.weight", l, inv(embd), embd, eff, ne)
			matrix(p+"ffn_up_exps.weight", l, inv(embd), embd, eff, ne)
			matrix(p+"ffn_down_exps.weight", l, inv(eff), eff, embd, ne)
			vector(p+"ffn_gate_inp_shexp.weight", 0, inv(embd), embd)
			matrix(p+"ffn_gate_shexp.weight", l, inv(embd), embd, sff)
			matrix(p+"ffn_up_shexp.weight", l, inv(embd), embd, sff)
			matrix(p+"ffn_down_shexp.weight", l, inv(sff), sff, embd)
		} else {
			matrix(p+"ffn_gate.weight", l, inv(embd), embd, ff)
			matrix(p+"ffn_up.weight", l, inv(embd), embd, ff)
			matrix(p+"ffn_down.weight", l, inv(ff), ff, embd)
		}
	}
	vector("output_norm.weight", 1, 0.05, embd)
	if !s.Tied {
		matrix("output.weight", -1, embStd, embd, rows)
	}
	return ps
}
