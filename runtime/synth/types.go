package synth

import (
	"fmt"
	"strings"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// weightType is what --type asks for: one ggml type for every weight
// matrix, or llama.cpp's Q4_K_M mix.
type weightType struct {
	name     string
	base     quant.Type
	mixQ4KM  bool
	fileType uint32 // general.file_type, llama.cpp's llama_ftype
}

// fileTypes maps a pure weight type to llama.cpp's llama_ftype, as
// llama-quantize records it (K types as their _M variant).
var fileTypes = map[quant.Type]uint32{
	quant.F32: 0, quant.F16: 1, quant.Q4_0: 2, quant.Q4_1: 3, quant.Q8_0: 7, quant.Q5_0: 8,
	quant.Q5_1: 9, quant.Q2_K: 10, quant.Q3_K: 12, quant.Q4_K: 15, quant.Q5_K: 17, quant.Q6_K: 18,
	quant.BF16: 32, quant.IQ4_NL: 25, quant.IQ4_XS: 30,
}

// TypeNames lists the accepted --type values.
func TypeNames() []string {
	return []string{"f32", "f16", "bf16", "q8_0", "q4_0", "q4_1", "q5_0", "q5_1", "q2_k", "q3_k", "q4_k", "q5_k", "q6_k", "q4_k_m", "iq4_nl", "iq4_xs"}
}

func parseWeightType(s string) (weightType, error) {
	if s == "" {
		s = "f32"
	}
	if strings.EqualFold(s, "q4_k_m") {
		return weightType{name: "q4_k_m", base: quant.Q4_K, mixQ4KM: true, fileType: 15}, nil
	}
	t, err := quant.ParseType(s)
	ft, ok := fileTypes[t]
	if err != nil || !ok || !quant.CanQuantize(t) {
		return weightType{}, fmt.Errorf("synth: unsupported type %q (have %s)", s, strings.Join(TypeNames(), ", "))
	}
	return weightType{name: strings.ToLower(s), base: t, fileType: ft}, nil
}

// typeFor picks the type of a weight matrix named name in layer (-1 outside
// the layers) with row length rowLen, following llama-quantize: the base
// type everywhere (--pure), or for Q4_K_M, Q6_K for the output matrix (the
// embedding when the output is tied) and for attn_v and ffn_down in the
// layers use_more_bits selects (the first and last eighth, and every third
// between). A row length that is not a multiple of the type's block size
// falls back as llama.cpp does (Q4_K→Q5_0, Q5_K→Q5_1, Q6_K→Q8_0,
// IQ4_XS→IQ4_NL; Q2_K and Q3_K go to IQ4_NL there but to Q4_0 here, whose
// products have SIMD kernels where IQ4_NL's are plain Go), and to F16 when
// even that does not fit.
func (w weightType) typeFor(name string, layer, layers int, tied bool, rowLen int) quant.Type {
	t := w.base
	if w.mixQ4KM {
		switch {
		case name == "output.weight", tied && name == "token_embd.weight":
			t = quant.Q6_K
		case strings.Contains(name, "attn_v.weight") || strings.Contains(name, "ffn_down"):
			if useMoreBits(layer, layers) {
				t = quant.Q6_K
			}
		}
	}
	if rowLen%t.BlockSize() == 0 {
		return t
	}
	if fb, ok := fallback[t]; ok && rowLen%fb.BlockSize() == 0 {
		return fb
	}
	return quant.F16
}

// fallback is the type used when a row does not split into K-type blocks.
var fallback = map[quant.Type]quant.Type{quant.Q2_K: quant.Q4_0, quant.Q3_K: quant.Q4_0,
	quant.Q4_K: quant.Q5_0, quant.Q5_K: quant.Q5_1, quant.Q6_K: quant.Q8_0, quant.IQ4_XS: quant.IQ4_NL}

// useMoreBits is llama.cpp's choice of the layers that get more bits in the
// _M mixes.
func useMoreBits(i, n int) bool {
	return i < n/8 || i >= 7*n/8 || (i-n/8)%3 == 2
}
