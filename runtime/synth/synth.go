// Package synth writes deterministic random-weight Qwen2 and Qwen2-MoE GGUF
// files of a named shape, for tests and benchmarks: the tiny shape of the
// test fixtures, the real Qwen2.5 0.5B–7B hyperparameters, and a small MoE.
//
// Weights are drawn from normal distributions scaled so that activations
// stay in a realistic range (each projection of a unit-RMS input has about
// unit RMS; logits have a standard deviation of a few units), then encoded
// in the requested type with runtime/quant. The same Options give a
// byte-identical file on any machine and any number of CPUs. Tensors are
// generated and written one chunk of rows at a time, so writing a 7B model
// needs a few megabytes per CPU, not the model's size.
package synth

import (
	"fmt"
	"io"

	"github.com/qwenkit/qwenkit/runtime/gguf"
	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// maxLayers and maxVocab bound the overrides far above any real Qwen2 (80
// layers, 152,064 rows), so that a typo fails at once rather than exhausting
// memory on per-layer tensor descriptions or per-row token strings.
const (
	maxLayers = 1 << 10
	maxVocab  = 1 << 22
)

// Options says what model to write.
type Options struct {
	// Shape is a preset name (see ShapeNames); "" means "tiny".
	Shape string
	// Type is the weight type: f32 (the default), f16, bf16, q8_0, q4_0,
	// q4_1, q5_0, q5_1, q2_k, q3_k, q4_k, q5_k, q6_k, q4_k_m (llama.cpp's
	// mix), iq4_nl or iq4_xs. Norms, biases and the MoE router stay F32.
	Type string
	// Seed selects the weights; the same seed gives the same file.
	Seed uint64
	// Layers, when positive, replaces the shape's layer count.
	Layers int
	// Vocab, when positive, sets the embedding's row count. It must be at
	// least the vocabulary's token count.
	Vocab int
	// Tokenizer is the path of a tokenizer.json (or a folder holding one,
	// or a GGUF file) whose vocabulary, merges and special tokens the model
	// carries, with the chat template from tokenizer_config.json beside it.
	// Empty means a small synthetic byte-level vocabulary: the 256 byte
	// tokens, <|endoftext|>, <|im_start|>, <|im_end|>, then padding.
	Tokenizer string
	// Vocabulary, when set, is a loaded tokenizer whose vocabulary the model
	// carries (such as tokenizer.Qwen25(), the embedded copy), with no chat
	// template; it takes the place of Tokenizer, and no file is read.
	Vocabulary *tokenizer.Tokenizer
}

// Write writes the model opts describes to path. The file appears only when
// complete; on error nothing is left at path. The cost is generating every
// weight (about 10 ns per value per CPU) and writing the file.
func Write(path string, opts Options) error {
	b, _, err := Build(opts)
	if err != nil {
		return err
	}
	if err := b.WriteFile(path); err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	return nil
}

// Build returns a Builder holding the model opts describes, with the shape
// after the overrides. Tensor data is generated when the Builder is written;
// building costs only the vocabulary.
func Build(opts Options) (*gguf.Builder, Shape, error) {
	name := opts.Shape
	if name == "" {
		name = "tiny"
	}
	s, err := LookupShape(name)
	if err != nil {
		return nil, Shape{}, err
	}
	if opts.Layers < 0 || opts.Layers > maxLayers {
		return nil, Shape{}, fmt.Errorf("synth: layer count %d is negative or above %d", opts.Layers, maxLayers)
	}
	if opts.Vocab < 0 || opts.Vocab > maxVocab {
		return nil, Shape{}, fmt.Errorf("synth: vocabulary of %d rows is negative or above %d", opts.Vocab, maxVocab)
	}
	if opts.Layers > 0 {
		s.Layers = opts.Layers
	}
	wt, err := parseWeightType(opts.Type)
	if err != nil {
		return nil, Shape{}, err
	}
	v := syntheticVocab()
	switch {
	case opts.Vocabulary != nil:
		if v, err = vocabOf(opts.Vocabulary, "(loaded)"); err != nil {
			return nil, Shape{}, err
		}
	case opts.Tokenizer != "":
		if v, err = loadVocab(opts.Tokenizer); err != nil {
			return nil, Shape{}, err
		}
	}
	s.Vocab = rowsFor(len(v.tokens), opts.Vocab, s.Vocab)
	if err := v.padTo(s.Vocab); err != nil {
		return nil, Shape{}, err
	}
	if err := s.check(); err != nil {
		return nil, Shape{}, err
	}

	b := gguf.NewBuilder()
	setMetadata(b, s, wt, v, opts.Seed)
	for _, p := range plan(s, wt) {
		p := p
		seed := opts.Seed
		if err := b.AddTensorFunc(p.name, p.dims, p.typ, func(w io.Writer) error {
			return writeTensor(w, p, seed)
		}); err != nil {
			return nil, Shape{}, fmt.Errorf("synth: %w", err)
		}
	}
	return b, s, nil
}

// setMetadata sets the keys llama.cpp reads for the architecture and the
// tokenizer, in the order its converter writes them.
func setMetadata(b *gguf.Builder, s Shape, wt weightType, v vocab, seed uint64) {
	a := s.Arch + "."
	b.SetString("general.architecture", s.Arch)
	b.SetString("general.name", fmt.Sprintf("qwenkit synth %s %s seed %d", s.Name, wt.name, seed))
	b.SetUint32(a+"context_length", uint32(s.Context))
	b.SetUint32(a+"embedding_length", uint32(s.Embd))
	b.SetUint32(a+"block_count", uint32(s.Layers))
	b.SetUint32(a+"feed_forward_length", uint32(s.FF))
	b.SetUint32(a+"attention.head_count", uint32(s.Heads))
	b.SetUint32(a+"attention.head_count_kv", uint32(s.KVHeads))
	b.SetFloat32(a+"attention.layer_norm_rms_epsilon", s.RMSEps)
	b.SetFloat32(a+"rope.freq_base", s.RopeBase)
	if s.Arch == "qwen2moe" {
		b.SetUint32(a+"expert_count", uint32(s.Experts))
		b.SetUint32(a+"expert_used_count", uint32(s.ExpertsUsed))
		b.SetUint32(a+"expert_feed_forward_length", uint32(s.ExpertFF))
		b.SetUint32(a+"expert_shared_feed_forward_length", uint32(s.SharedFF))
	}
	b.SetUint32("general.file_type", wt.fileType)
	if wt.base != quant.F32 && wt.base != quant.F16 && wt.base != quant.BF16 {
		b.SetUint32("general.quantization_version", 2)
	}
	b.SetString("tokenizer.ggml.model", "gpt2")
	b.SetString("tokenizer.ggml.pre", "qwen2")
	b.SetStrings("tokenizer.ggml.tokens", v.tokens)
	b.SetInt32s("tokenizer.ggml.token_type", v.types)
	b.SetStrings("tokenizer.ggml.merges", v.merges)
	for _, t := range []struct {
		key string
		id  int
	}{{"bos", v.bos}, {"eos", v.eos}, {"padding", v.pad}} {
		if t.id >= 0 { // a tokenizer without that token says -1
			b.SetUint32("tokenizer.ggml."+t.key+"_token_id", uint32(t.id))
		}
	}
	b.SetBool("tokenizer.ggml.add_bos_token", false)
	if v.chatTemplate != "" {
		b.SetString("tokenizer.chat_template", v.chatTemplate)
	}
}
