package kernels

import (
	"fmt"
	"math"

	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// RoPEParams describes rotary position embedding as ggml's rope_yarn computes
// it. The zero values of the optional fields select ggml's defaults.
type RoPEParams struct {
	HeadDim     int     // dimensions rotated: the whole head (even)
	Base        float64 // frequency base (rope_theta / rope.freq_base)
	FreqScale   float64 // 1/factor of linear or YaRN scaling; 0 means 1
	YaRN        bool    // YaRN ramp and magnitude scaling (ggml ext_factor = 1)
	OrigContext int     // YaRN: the context the model was trained on
	AttnFactor  float64 // YaRN: multiplies the magnitude scale; 0 means 1
	BetaFast    float64 // YaRN: 0 means 32
	BetaSlow    float64 // YaRN: 0 means 1
}

// RoPE is a precomputed rotary embedding: one effective frequency per pair of
// dimensions (YaRN's interpolation already folded in) and the magnitude scale
// applied to cos and sin. It is read-only and safe for concurrent use.
type RoPE struct {
	freq   []float64 // angle per position for pair i
	mscale float64
}

// NewRoPE precomputes the frequencies. For pair i < HeadDim/2 with
// θ_extrap = base^(−2i/HeadDim) it uses, as ggml's rope_yarn does,
//
//	θ_i    = θ_extrap · (s·(1−r_i) + r_i)                s = FreqScale
//	r_i    = 1 − clamp((i − low) / max(0.001, high − low), 0, 1)   (YaRN; else 0)
//	low    = max(0, floor(corr(BetaFast))), high = min(HeadDim−1, ceil(corr(BetaSlow)))
//	corr(b) = HeadDim · ln(OrigContext / (2π b)) / (2 ln base)
//	mscale = AttnFactor · (1 + 0.1 ln(1/s))   (YaRN; else AttnFactor)
func NewRoPE(p RoPEParams) (*RoPE, error) {
	if p.HeadDim <= 0 || p.HeadDim%2 != 0 {
		return nil, fmt.Errorf("kernels: rope over %d dimensions: must be even and positive", p.HeadDim)
	}
	if !(p.Base > 0) || math.IsInf(p.Base, 0) {
		return nil, fmt.Errorf("kernels: rope frequency base %v", p.Base)
	}
	s := p.FreqScale
	if s == 0 {
		s = 1
	}
	if !(s > 0) || math.IsInf(s, 0) {
		return nil, fmt.Errorf("kernels: rope frequency scale %v", p.FreqScale)
	}
	attn := p.AttnFactor
	if attn == 0 {
		attn = 1
	}
	r := &RoPE{freq: make([]float64, p.HeadDim/2), mscale: attn}
	var low, high float64
	if p.YaRN {
		if p.OrigContext <= 0 {
			return nil, fmt.Errorf("kernels: YaRN needs the original context length, got %d", p.OrigContext)
		}
		bf, bs := p.BetaFast, p.BetaSlow
		if bf == 0 {
			bf = 32
		}
		if bs == 0 {
			bs = 1
		}
		corr := func(b float64) float64 {
			return float64(p.HeadDim) * math.Log(float64(p.OrigContext)/(2*math.Pi*b)) / (2 * math.Log(p.Base))
		}
		low = max(0, math.Floor(corr(bf)))
		high = min(float64(p.HeadDim-1), math.Ceil(corr(bs)))
		r.mscale *= 1 + 0.1*math.Log(1/s)
	}
	for i := range r.freq {
		f := math.Pow(p.Base, -2*float64(i)/float64(p.HeadDim))
		ramp := 0.0
		if p.YaRN {
			y := (float64(i) - low) / max(0.001, high-low)
			ramp = 1 - min(1, max(0, y))
		}
		r.freq[i] = f * (s*(1-ramp) + ramp)
	}
	return r, nil
}

// CosSin fills cos and sin (HeadDim/2 values each) for position pos:
//
//	cos[i] = mscale·cos(pos·θ_i),  sin[i] = mscale·sin(pos·θ_i)
//
// computed in float64 and rounded to float32.
func (r *RoPE) CosSin(pos int, cos, sin []float32) {
	cos = cos[:len(r.freq)]
	sin = sin[:len(r.freq)]
	for i, f := range r.freq {
		s, c := math.Sincos(float64(pos) * f)
		cos[i] = float32(c * r.mscale)
		sin[i] = float32(s * r.mscale)
	}
}

// ApplyRoPE rotates every head of x (len(x)/headDim heads, each headDim
// values) in NeoX layout, pairing dimension i with i + headDim/2:
//
//	x[i]       = x[i]·cos[i] − x[i+h]·sin[i]
//	x[i+h]     = x[i]·sin[i] + x[i+h]·cos[i]      h = headDim/2, i < h
//
// with cos and sin from RoPE.CosSin for the token's position, each product
// rounded to float32 (vecdot.Rotate: eight pairs at a time on AVX2).
func ApplyRoPE(x []float32, headDim int, cos, sin []float32) {
	h := headDim / 2
	cos = cos[:h]
	sin = sin[:h]
	for o := 0; o+headDim <= len(x); o += headDim {
		vecdot.Rotate(x[o:o+h], x[o+h:o+headDim], cos, sin)
	}
}
