package qwen2

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
)

// hfConfig is the part of a Hugging Face config.json that Qwen2ForCausalLM
// and Qwen2MoeForCausalLM read. Pointers tell a missing key from a zero.
type hfConfig struct {
	Architectures         []string        `json:"architectures"`
	ModelType             string          `json:"model_type"`
	HiddenSize            *int            `json:"hidden_size"`
	NumHiddenLayers       *int            `json:"num_hidden_layers"`
	NumAttentionHeads     *int            `json:"num_attention_heads"`
	NumKeyValueHeads      *int            `json:"num_key_value_heads"`
	HeadDim               *int            `json:"head_dim"`
	IntermediateSize      *int            `json:"intermediate_size"`
	VocabSize             *int            `json:"vocab_size"`
	MaxPositionEmbeddings *int            `json:"max_position_embeddings"`
	RopeTheta             *float64        `json:"rope_theta"`
	RMSNormEps            *float64        `json:"rms_norm_eps"`
	TieWordEmbeddings     *bool           `json:"tie_word_embeddings"`
	RopeScaling           json.RawMessage `json:"rope_scaling"`
	RopeParameters        json.RawMessage `json:"rope_parameters"` // transformers 5
	HiddenAct             *string         `json:"hidden_act"`

	NumExperts                   *int  `json:"num_experts"`
	NumExpertsPerTok             *int  `json:"num_experts_per_tok"`
	MoeIntermediateSize          *int  `json:"moe_intermediate_size"`
	SharedExpertIntermediateSize *int  `json:"shared_expert_intermediate_size"`
	NormTopKProb                 *bool `json:"norm_topk_prob"`
	DecoderSparseStep            *int  `json:"decoder_sparse_step"`
	MlpOnlyLayers                []int `json:"mlp_only_layers"`
}

type hfRope struct {
	Type       string   `json:"type"`
	RopeType   string   `json:"rope_type"`
	Factor     *float64 `json:"factor"`
	Original   *int     `json:"original_max_position_embeddings"`
	AttnFactor *float64 `json:"attention_factor"`
	BetaFast   *float64 `json:"beta_fast"`
	BetaSlow   *float64 `json:"beta_slow"`
	RopeTheta  *float64 `json:"rope_theta"`
}

// configFromHF reads a config.json. Required: hidden_size,
// num_hidden_layers, num_attention_heads, vocab_size,
// max_position_embeddings, intermediate_size (dense) or num_experts,
// num_experts_per_tok, moe_intermediate_size and
// shared_expert_intermediate_size (MoE). Defaults as transformers':
// num_key_value_heads = num_attention_heads, head_dim =
// hidden_size/num_attention_heads, rope_theta 10000, rms_norm_eps 1e-6,
// tie_word_embeddings false, norm_topk_prob false.
func configFromHF(data []byte) (Config, error) {
	var h hfConfig
	if err := json.Unmarshal(data, &h); err != nil {
		return Config{}, fmt.Errorf("config.json: %w", err)
	}
	var c Config
	switch {
	case slices.Contains(h.Architectures, "Qwen2ForCausalLM") || (len(h.Architectures) == 0 && h.ModelType == "qwen2"):
		c.Arch = "qwen2"
	case slices.Contains(h.Architectures, "Qwen2MoeForCausalLM") || (len(h.Architectures) == 0 && h.ModelType == "qwen2_moe"):
		c.Arch = "qwen2moe"
	default:
		return c, fmt.Errorf("config.json: unsupported architecture %v (model_type %q); want Qwen2ForCausalLM or Qwen2MoeForCausalLM", h.Architectures, h.ModelType)
	}
	var errs error
	need := func(name string, p *int, dst *int) {
		if p == nil {
			errs = firstErr(errs, fmt.Errorf("config.json: missing %s", name))
			return
		}
		*dst = *p
	}
	need("hidden_size", h.HiddenSize, &c.NEmbd)
	need("num_hidden_layers", h.NumHiddenLayers, &c.NLayer)
	need("num_attention_heads", h.NumAttentionHeads, &c.NHead)
	need("vocab_size", h.VocabSize, &c.NVocab)
	need("max_position_embeddings", h.MaxPositionEmbeddings, &c.ContextLength)
	c.NHeadKV = c.NHead
	if h.NumKeyValueHeads != nil {
		c.NHeadKV = *h.NumKeyValueHeads
	}
	if c.NHead > 0 {
		c.HeadDim = c.NEmbd / c.NHead
	}
	if h.HeadDim != nil {
		c.HeadDim = *h.HeadDim
	}
	if c.Arch == "qwen2" || h.IntermediateSize != nil {
		need("intermediate_size", h.IntermediateSize, &c.NFF)
	}
	if h.HiddenAct != nil && *h.HiddenAct != "silu" {
		errs = firstErr(errs, fmt.Errorf("config.json: unsupported hidden_act %q (want silu)", *h.HiddenAct))
	}
	c.RMSEps = 1e-6
	if h.RMSNormEps != nil {
		c.RMSEps = float32(*h.RMSNormEps)
	}
	c.RopeBase = 10000
	if h.RopeTheta != nil {
		c.RopeBase = *h.RopeTheta
	}
	c.TiedOutput = h.TieWordEmbeddings != nil && *h.TieWordEmbeddings
	c.RopeOrigContext = c.ContextLength
	for _, raw := range []json.RawMessage{h.RopeScaling, h.RopeParameters} {
		if err := c.readHFRope(raw); err != nil {
			errs = firstErr(errs, err)
		}
	}
	if c.Arch == "qwen2moe" {
		need("num_experts", h.NumExperts, &c.NExpert)
		need("num_experts_per_tok", h.NumExpertsPerTok, &c.NExpertUsed)
		need("moe_intermediate_size", h.MoeIntermediateSize, &c.NFFExpert)
		need("shared_expert_intermediate_size", h.SharedExpertIntermediateSize, &c.NFFShared)
		c.NormTopK = h.NormTopKProb != nil && *h.NormTopKProb
		if h.DecoderSparseStep != nil && *h.DecoderSparseStep != 1 {
			errs = firstErr(errs, fmt.Errorf("config.json: unsupported decoder_sparse_step %d (only 1: every layer a mixture)", *h.DecoderSparseStep))
		}
		if len(h.MlpOnlyLayers) > 0 {
			errs = firstErr(errs, fmt.Errorf("config.json: unsupported mlp_only_layers %v", h.MlpOnlyLayers))
		}
	}
	return c, errs
}

// readHFRope applies a rope_scaling (or transformers 5 rope_parameters)
// object: type or rope_type "default", "linear" or "yarn", factor,
// original_max_position_embeddings, and for YaRN attention_factor (the whole
// magnitude scale, as transformers defines it).
func (c *Config) readHFRope(raw json.RawMessage) error {
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil
	}
	var r hfRope
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("config.json: rope_scaling: %w", err)
	}
	if r.RopeTheta != nil {
		c.RopeBase = *r.RopeTheta
	}
	typ := r.RopeType
	if typ == "" {
		typ = r.Type
	}
	switch typ {
	case "", "default":
		return nil
	case "linear", "yarn":
	default:
		return fmt.Errorf("config.json: unsupported rope_scaling type %q", typ)
	}
	if r.BetaFast != nil && *r.BetaFast != 32 || r.BetaSlow != nil && *r.BetaSlow != 1 {
		return fmt.Errorf("config.json: unsupported rope_scaling beta_fast/beta_slow (only 32 and 1)")
	}
	if r.Factor == nil {
		return fmt.Errorf("config.json: rope_scaling %q without factor", typ)
	}
	c.RopeScaling, c.RopeFactor = typ, *r.Factor
	if r.Original != nil {
		c.RopeOrigContext = *r.Original
	}
	if typ == "yarn" && r.AttnFactor != nil && c.RopeFactor > 0 {
		c.RopeAttnFactor = *r.AttnFactor / (1 + 0.1*math.Log(c.RopeFactor))
	}
	return nil
}
