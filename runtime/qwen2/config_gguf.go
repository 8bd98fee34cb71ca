package qwen2

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/gguf"
)

// configFromGGUF reads the hyperparameters from a GGUF file's metadata as
// llama.cpp does (keys prefixed by general.architecture), with llama.cpp's
// defaults: rope.freq_base 10000, head_dim n_embd/n_head unless
// attention.key_length is given, n_head_kv = n_head, the rope scaling type
// linear, original_context_length = context_length. NVocab comes from the
// token embedding's shape.
func configFromGGUF(f *gguf.File) (Config, error) {
	arch, ok := f.String("general.architecture")
	if !ok {
		return Config{}, fmt.Errorf("missing metadata key general.architecture")
	}
	c := Config{Arch: arch}
	if arch != "qwen2" && arch != "qwen2moe" {
		return c, fmt.Errorf("unsupported architecture %q (want qwen2 or qwen2moe)", arch)
	}
	var errs error
	key := func(k string) string { return arch + "." + k }
	getInt := func(k string, dst *int, required bool) {
		v, ok := f.Uint(key(k))
		switch {
		case ok && v > 1<<31:
			errs = firstErr(errs, fmt.Errorf("metadata key %s = %d is out of range", key(k), v))
		case ok:
			*dst = int(v)
		case required:
			errs = firstErr(errs, fmt.Errorf("missing metadata key %s (an unsigned integer)", key(k)))
		}
	}
	getInt("context_length", &c.ContextLength, true)
	getInt("embedding_length", &c.NEmbd, true)
	getInt("block_count", &c.NLayer, true)
	getInt("feed_forward_length", &c.NFF, arch == "qwen2")
	getInt("attention.head_count", &c.NHead, true)
	c.NHeadKV = c.NHead
	getInt("attention.head_count_kv", &c.NHeadKV, false)
	if c.NHead > 0 {
		c.HeadDim = c.NEmbd / c.NHead
	}
	getInt("attention.key_length", &c.HeadDim, false)
	if v, ok := f.Uint(key("attention.value_length")); ok && int(v) != c.HeadDim {
		errs = firstErr(errs, fmt.Errorf("unsupported: %s %d differs from the key length %d", key("attention.value_length"), v, c.HeadDim))
	}
	if v, ok := f.Uint(key("rope.dimension_count")); ok && int(v) != c.HeadDim {
		errs = firstErr(errs, fmt.Errorf("unsupported: %s %d differs from head_dim %d (partial rotary)", key("rope.dimension_count"), v, c.HeadDim))
	}
	if eps, ok := f.Float(key("attention.layer_norm_rms_epsilon")); ok {
		c.RMSEps = float32(eps)
	} else {
		errs = firstErr(errs, fmt.Errorf("missing metadata key %s (a float)", key("attention.layer_norm_rms_epsilon")))
	}
	c.RopeBase = 10000
	if b, ok := f.Float(key("rope.freq_base")); ok {
		c.RopeBase = b
	}

	c.RopeScaling = "linear"
	if s, ok := f.String(key("rope.scaling.type")); ok {
		c.RopeScaling = s
	}
	if v, ok := f.Float(key("rope.scale_linear")); ok {
		c.RopeFactor = v
	} else if v, ok := f.Float(key("rope.scaling.factor")); ok {
		c.RopeFactor = v
	}
	c.RopeOrigContext = c.ContextLength
	getInt("rope.scaling.original_context_length", &c.RopeOrigContext, false)
	if v, ok := f.Float(key("rope.scaling.attn_factor")); ok {
		c.RopeAttnFactor = v
	}
	switch c.RopeScaling {
	case "none":
		c.RopeScaling, c.RopeFactor = "", 0
	case "linear":
		if c.RopeFactor == 0 || c.RopeFactor == 1 {
			c.RopeScaling = ""
		}
	}

	if arch == "qwen2moe" {
		getInt("expert_count", &c.NExpert, true)
		getInt("expert_used_count", &c.NExpertUsed, true)
		getInt("expert_feed_forward_length", &c.NFFExpert, false)
		getInt("expert_shared_feed_forward_length", &c.NFFShared, false)
		if c.NFFExpert == 0 && c.NExpertUsed > 0 {
			c.NFFExpert = c.NFF / c.NExpertUsed
		}
		if c.NFFShared == 0 {
			c.NFFShared = c.NFF
		}
		c.NormTopK, _ = f.Bool(key("expert_weights_norm"))
	}
	return c, errs
}

func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}
