package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/qwenkit/qwenkit/runtime/gguf"
)

// infoCommand describes a GGUF model file.
var infoCommand = command{
	summary: "describe a GGUF model file: shape, tensor types, context, rope",
	run:     runInfo,
}

// modelInfo is what info reports; the text and JSON forms print the same
// fields. Zero fields are omitted from the JSON.
type modelInfo struct {
	File         string         `json:"file"`
	Size         int64          `json:"size_bytes"`
	Version      uint32         `json:"gguf_version"`
	Alignment    int            `json:"alignment"`
	Name         string         `json:"name,omitempty"`
	Architecture string         `json:"architecture"`
	FileType     *uint64        `json:"file_type,omitempty"`
	FileTypeName string         `json:"file_type_name,omitempty"`
	Parameters   uint64         `json:"parameters"`
	Tensors      int            `json:"tensors"`
	TensorTypes  map[string]int `json:"tensor_types"`
	NVocab       uint64         `json:"n_vocab,omitempty"`
	NEmbd        uint64         `json:"n_embd,omitempty"`
	NLayer       uint64         `json:"n_layer,omitempty"`
	NHead        uint64         `json:"n_head,omitempty"`
	NHeadKV      uint64         `json:"n_head_kv,omitempty"`
	HeadDim      uint64         `json:"head_dim,omitempty"`
	NFF          uint64         `json:"n_ff,omitempty"`
	NExpert      uint64         `json:"n_expert,omitempty"`
	NExpertUsed  uint64         `json:"n_expert_used,omitempty"`
	ExpertFF     uint64         `json:"expert_ff,omitempty"`
	SharedFF     uint64         `json:"shared_expert_ff,omitempty"`
	TiedOutput   bool           `json:"tied_output"`
	Context      uint64         `json:"context_length,omitempty"`
	RMSEps       float32        `json:"rms_eps,omitempty"`
	Rope         ropeInfo       `json:"rope"`
	Tokenizer    *tokenizerInfo `json:"tokenizer,omitempty"`
}

type ropeInfo struct {
	FreqBase    float32 `json:"freq_base,omitempty"`
	ScalingType string  `json:"scaling_type,omitempty"`
	Factor      float32 `json:"scaling_factor,omitempty"`
	OrigContext uint64  `json:"original_context_length,omitempty"`
}

type tokenizerInfo struct {
	Model  string `json:"model"`
	Pre    string `json:"pre,omitempty"`
	Tokens int    `json:"tokens"`
	Merges int    `json:"merges"`
	BOS    *int64 `json:"bos,omitempty"`
	EOS    *int64 `json:"eos,omitempty"`
	Pad    *int64 `json:"pad,omitempty"`
	Chat   bool   `json:"chat_template"`
}

func runInfo(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("info", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := modelFlag(fs, "GGUF file (required)")
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit info --model FILE [--json]

Describes a GGUF model file: architecture, shape, tensor types with counts,
file size, context length and rope settings.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if *model == "" {
		return &exitError{code: 2, err: fmt.Errorf("--model is required")}
	}
	f, err := gguf.Open(*model)
	if err != nil {
		return err
	}
	defer f.Close()
	info := describe(f)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(info)
	}
	return printInfo(stdout, info)
}

// describe gathers what info reports from the file's metadata and tensors.
func describe(f *gguf.File) modelInfo {
	arch, _ := f.String("general.architecture")
	a := arch + "."
	u := func(key string) uint64 { x, _ := f.Uint(key); return x }
	// GGUF stores these as float32; printing them as such shows 1e-06, not
	// 9.999999974752427e-07.
	fl := func(key string) float32 { x, _ := f.Float(key); return float32(x) }
	info := modelInfo{File: f.Path, Size: f.Size, Version: f.Version, Alignment: f.Alignment,
		Architecture: arch, Tensors: len(f.Tensors), TensorTypes: map[string]int{},
		NEmbd: u(a + "embedding_length"), NLayer: u(a + "block_count"),
		NHead: u(a + "attention.head_count"), NHeadKV: u(a + "attention.head_count_kv"),
		NFF: u(a + "feed_forward_length"), NExpert: u(a + "expert_count"),
		NExpertUsed: u(a + "expert_used_count"), ExpertFF: u(a + "expert_feed_forward_length"),
		SharedFF: u(a + "expert_shared_feed_forward_length"), Context: u(a + "context_length"),
		RMSEps: fl(a + "attention.layer_norm_rms_epsilon"),
		Rope: ropeInfo{FreqBase: fl(a + "rope.freq_base"), Factor: fl(a + "rope.scaling.factor"),
			OrigContext: u(a + "rope.scaling.original_context_length")},
	}
	info.Name, _ = f.String("general.name")
	info.Rope.ScalingType, _ = f.String(a + "rope.scaling.type")
	if ft, ok := f.Uint("general.file_type"); ok {
		info.FileType = &ft
		info.FileTypeName = fileTypeName(ft)
	}
	info.HeadDim = u(a + "attention.key_length")
	if info.HeadDim == 0 && info.NHead > 0 {
		info.HeadDim = info.NEmbd / info.NHead
	}
	for _, t := range f.Tensors {
		info.TensorTypes[t.Type.String()]++
		info.Parameters += t.Elements()
	}
	_, hasOutput := f.Tensor("output.weight")
	info.TiedOutput = !hasOutput && len(f.Tensors) > 0
	if emb, ok := f.Tensor("token_embd.weight"); ok && len(emb.Dims) == 2 {
		info.NVocab = emb.Dims[1]
	}
	if model, ok := f.String("tokenizer.ggml.model"); ok {
		tokens, _ := f.Strings("tokenizer.ggml.tokens")
		merges, _ := f.Strings("tokenizer.ggml.merges")
		ti := &tokenizerInfo{Model: model, Tokens: len(tokens), Merges: len(merges), Chat: f.Has("tokenizer.chat_template")}
		ti.Pre, _ = f.String("tokenizer.ggml.pre")
		for _, x := range []struct {
			dst **int64
			key string
		}{{&ti.BOS, "bos"}, {&ti.EOS, "eos"}, {&ti.Pad, "padding"}} {
			if id, ok := f.Int("tokenizer.ggml." + x.key + "_token_id"); ok {
				*x.dst = &id
			}
		}
		info.Tokenizer = ti
		if info.NVocab == 0 {
			info.NVocab = uint64(len(tokens))
		}
	}
	return info
}

func printInfo(w io.Writer, in modelInfo) error {
	var b strings.Builder
	line := func(label, format string, args ...any) {
		fmt.Fprintf(&b, "%-14s%s\n", label, fmt.Sprintf(format, args...))
	}
	line("file", "%s (%d bytes, %s, GGUF v%d, alignment %d)", in.File, in.Size, humanBytes(in.Size), in.Version, in.Alignment)
	if in.Name != "" {
		line("name", "%s", in.Name)
	}
	line("architecture", "%s", orNone(in.Architecture))
	if in.FileType != nil {
		line("file type", "%s (%d)", in.FileTypeName, *in.FileType)
	}
	line("parameters", "%d (%s)", in.Parameters, humanCount(in.Parameters))
	line("vocab", "%d", in.NVocab)
	line("embedding", "%d", in.NEmbd)
	line("layers", "%d", in.NLayer)
	line("heads", "%d, kv heads %d, head dim %d", in.NHead, in.NHeadKV, in.HeadDim)
	line("ffn", "%d", in.NFF)
	if in.NExpert > 0 {
		line("experts", "%d, used %d, expert ffn %d, shared expert ffn %d", in.NExpert, in.NExpertUsed, in.ExpertFF, in.SharedFF)
	}
	if in.Tensors > 0 {
		line("output", "%s", map[bool]string{true: "tied to token_embd", false: "output.weight"}[in.TiedOutput])
	}
	line("context", "%d", in.Context)
	line("rms eps", "%g", in.RMSEps)
	rope := fmt.Sprintf("freq base %g", in.Rope.FreqBase)
	if in.Rope.ScalingType != "" {
		rope += fmt.Sprintf(", scaling %s factor %g original context %d", in.Rope.ScalingType, in.Rope.Factor, in.Rope.OrigContext)
	} else {
		rope += ", no scaling"
	}
	line("rope", "%s", rope)
	if t := in.Tokenizer; t != nil {
		s := fmt.Sprintf("%s/%s, %d tokens, %d merges", t.Model, orNone(t.Pre), t.Tokens, t.Merges)
		for _, x := range []struct {
			name string
			id   *int64
		}{{"bos", t.BOS}, {"eos", t.EOS}, {"pad", t.Pad}} {
			if x.id != nil {
				s += fmt.Sprintf(", %s %d", x.name, *x.id)
			}
		}
		if t.Chat {
			s += ", chat template"
		}
		line("tokenizer", "%s", s)
	}
	names := make([]string, 0, len(in.TensorTypes))
	for n := range in.TensorTypes {
		names = append(names, n)
	}
	sort.Strings(names)
	var types []string
	for _, n := range names {
		types = append(types, fmt.Sprintf("%s %d", n, in.TensorTypes[n]))
	}
	line("tensors", "%d: %s", in.Tensors, orNone(strings.Join(types, ", ")))
	_, err := io.WriteString(w, b.String())
	return err
}

// fileTypeName names llama.cpp's general.file_type values (llama_ftype).
func fileTypeName(ft uint64) string {
	names := map[uint64]string{0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
		10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
		17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS",
		24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS",
		31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0"}
	if n, ok := names[ft]; ok {
		return n
	}
	return "unknown"
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func humanCount(n uint64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2f B", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.2f M", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f K", float64(n)/1e3)
	}
	return fmt.Sprint(n)
}
