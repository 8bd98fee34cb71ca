package tokenizer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// qwen2Pattern is the pre-tokenizer regex of Qwen2 and Qwen2.5, the only one
// this package implements.
const qwen2Pattern = `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`

// hfAddedToken is one entry of tokenizer.json's added_tokens, or of
// tokenizer_config.json's added_tokens_decoder.
type hfAddedToken struct {
	ID         *int   `json:"id"`
	Content    string `json:"content"`
	Special    bool   `json:"special"`
	LStrip     bool   `json:"lstrip"`
	RStrip     bool   `json:"rstrip"`
	SingleWord bool   `json:"single_word"`
}

type hfTokenizerJSON struct {
	AddedTokens  []hfAddedToken  `json:"added_tokens"`
	Normalizer   json.RawMessage `json:"normalizer"`
	PreTokenizer json.RawMessage `json:"pre_tokenizer"`
	Model        struct {
		Type                    string          `json:"type"`
		Vocab                   json.RawMessage `json:"vocab"`
		Merges                  json.RawMessage `json:"merges"`
		ByteFallback            bool            `json:"byte_fallback"`
		Dropout                 *float64        `json:"dropout"`
		ContinuingSubwordPrefix *string         `json:"continuing_subword_prefix"`
		EndOfWordSuffix         *string         `json:"end_of_word_suffix"`
	} `json:"model"`
}

// FromTokenizerJSON builds a Tokenizer from the contents of a Hugging Face
// tokenizer.json (name is used in error messages). It accepts merges written
// as "a b" strings or as ["a", "b"] pairs, and checks that the file describes
// Qwen2's tokenizer (BPE, NFC, the Qwen2 split regex); anything else is an
// error rather than a silently different tokenization. Special ids come from
// the added tokens: EOS <|im_end|> (else <|endoftext|>), padding
// <|endoftext|>, no BOS; LoadFile refines them from tokenizer_config.json.
// Cost: about 0.3 s of CPU for Qwen2.5's 7 MB file.
func FromTokenizerJSON(data []byte, name string) (*Tokenizer, error) {
	var f hfTokenizerJSON
	if err := json.Unmarshal(data, &f); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("tokenizer: %s: offset %d: %w", name, se.Offset, err)
		}
		return nil, fmt.Errorf("tokenizer: %s: %w", name, err)
	}
	m := &f.Model
	if m.Type != "BPE" && m.Type != "" {
		return nil, fmt.Errorf("tokenizer: %s: /model/type is %q; only byte-level BPE is supported", name, m.Type)
	}
	if m.ByteFallback || (m.Dropout != nil && *m.Dropout != 0) ||
		(m.ContinuingSubwordPrefix != nil && *m.ContinuingSubwordPrefix != "") ||
		(m.EndOfWordSuffix != nil && *m.EndOfWordSuffix != "") {
		return nil, fmt.Errorf("tokenizer: %s: /model: byte_fallback, dropout and subword affixes are not supported", name)
	}
	if len(m.Vocab) == 0 || string(m.Vocab) == "null" {
		return nil, fmt.Errorf("tokenizer: %s: /model/vocab is missing or empty", name)
	}
	vocab, err := scanVocab(m.Vocab)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %s: /model/vocab: %w", name, err)
	}
	if len(vocab) == 0 {
		return nil, fmt.Errorf("tokenizer: %s: /model/vocab is missing or empty", name)
	}
	if err := checkNormalizer(f.Normalizer); err != nil {
		return nil, fmt.Errorf("tokenizer: %s: /normalizer: %w", name, err)
	}
	if !bytes.Contains(f.PreTokenizer, []byte(jsonString(qwen2Pattern))) {
		return nil, fmt.Errorf("tokenizer: %s: /pre_tokenizer is not Qwen2's split regex; only Qwen2/Qwen2.5 tokenizers are supported", name)
	}
	merges, err := scanMerges(m.Merges)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %s: /model/merges: %w", name, err)
	}
	spec, err := buildSpec(vocab, f.AddedTokens, name)
	if err != nil {
		return nil, err
	}
	spec.Merges = merges
	return New(spec)
}

// jsonString returns s as JSON writes it, without HTML escaping.
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSpace(b.String())
}

// checkNormalizer accepts NFC alone or inside a Sequence.
func checkNormalizer(raw json.RawMessage) error {
	var n struct {
		Type        string            `json:"type"`
		Normalizers []json.RawMessage `json:"normalizers"`
	}
	if len(raw) == 0 || string(raw) == "null" {
		return fmt.Errorf("missing; Qwen2's is NFC")
	}
	if err := json.Unmarshal(raw, &n); err != nil {
		return err
	}
	if n.Type == "NFC" {
		return nil
	}
	if n.Type == "Sequence" && len(n.Normalizers) == 1 {
		return checkNormalizer(n.Normalizers[0])
	}
	return fmt.Errorf("type %q; only NFC (Qwen2's) is supported", n.Type)
}

// looksControl is llama.cpp's converter rule: an added token written
// <|...|> is a control token even when not marked special.
func looksControl(s string) bool {
	return len(s) >= 4 && strings.HasPrefix(s, "<|") && strings.HasSuffix(s, "|>")
}

// buildSpec lays out a BPE vocabulary and its added tokens by id. Ids must
// cover 0..n-1 with no gap. Added tokens marked special, or written <|...|>,
// are control tokens; the others user-defined (llama.cpp's convention, so
// the types agree with a converted GGUF).
func buildSpec(vocab map[string]int, added []hfAddedToken, name string) (Spec, error) {
	n := 0
	for tok, id := range vocab {
		if id < 0 {
			return Spec{}, fmt.Errorf("tokenizer: %s: token %q has negative id %d", name, tok, id)
		}
		n = max(n, id+1)
	}
	for _, a := range added {
		if a.ID == nil || *a.ID < 0 {
			return Spec{}, fmt.Errorf("tokenizer: %s: added token %q has no valid id", name, a.Content)
		}
		if a.LStrip || a.RStrip || a.SingleWord {
			return Spec{}, fmt.Errorf("tokenizer: %s: added token %q: lstrip, rstrip and single_word are not supported", name, a.Content)
		}
		n = max(n, *a.ID+1)
	}
	if n > 1<<24 {
		return Spec{}, fmt.Errorf("tokenizer: %s: token id %d is implausibly large", name, n-1)
	}
	tokens := make([]string, n)
	types := make([]int32, n)
	filled := make([]bool, n)
	for tok, id := range vocab {
		if filled[id] {
			return Spec{}, fmt.Errorf("tokenizer: %s: id %d is given to both %q and %q", name, id, tokens[id], tok)
		}
		tokens[id], types[id], filled[id] = tok, TypeNormal, true
	}
	for _, a := range added {
		id := *a.ID
		if filled[id] && types[id] != TypeNormal {
			return Spec{}, fmt.Errorf("tokenizer: %s: added token id %d is given to both %q and %q", name, id, tokens[id], a.Content)
		}
		if filled[id] && tokens[id] != a.Content && tokens[id] != bl.encodeString(a.Content) {
			return Spec{}, fmt.Errorf("tokenizer: %s: added token %q has id %d, which the vocabulary gives to %q", name, a.Content, id, tokens[id])
		}
		typ := TypeUserDefined
		if a.Special || looksControl(a.Content) {
			typ = TypeControl
		}
		tokens[id], types[id], filled[id] = a.Content, typ, true
	}
	for id, ok := range filled {
		if !ok {
			return Spec{}, fmt.Errorf("tokenizer: %s: no token has id %d (ids must run from 0 to %d without gaps)", name, id, n-1)
		}
	}
	spec := Spec{Tokens: tokens, Types: types, BOS: -1, EOS: -1, Pad: -1, Source: name}
	find := func(s string) int {
		for _, a := range added {
			if a.Content == s {
				return *a.ID
			}
		}
		return -1
	}
	spec.EOS = find("<|im_end|>")
	if spec.EOS < 0 {
		spec.EOS = find("<|endoftext|>")
	}
	spec.Pad = find("<|endoftext|>")
	return spec, nil
}

// hfConfig holds the special-token fields of tokenizer_config.json and
// config.json that set BOS, EOS and padding.
type hfConfig struct {
	BOS          json.RawMessage         `json:"bos_token"`
	EOS          json.RawMessage         `json:"eos_token"`
	Pad          json.RawMessage         `json:"pad_token"`
	AddedDecoder map[string]hfAddedToken `json:"added_tokens_decoder"`
	BOSID        *int                    `json:"bos_token_id"`
	EOSID        json.RawMessage         `json:"eos_token_id"`
	PadID        *int                    `json:"pad_token_id"`
}

// tokenText reads a special-token field: "text", {"content": "text"} or null.
func tokenText(raw json.RawMessage) (string, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil && s != "" {
		return s, true
	}
	var o struct{ Content string }
	if json.Unmarshal(raw, &o) == nil && o.Content != "" {
		return o.Content, true
	}
	return "", false
}

// readConfig reads a JSON config file beside the vocabulary, if it exists.
func readConfig(path string) (*hfConfig, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	var c hfConfig
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("tokenizer: %s: %w", path, err)
	}
	return &c, nil
}

// applyConfigs sets BOS, EOS and padding from tokenizer_config.json (token
// texts, which win; a null bos_token means none) and config.json (ids), as
// llama.cpp's converter does, when they exist in dir.
func applyConfigs(t *Tokenizer, dir string) error {
	tc, err := readConfig(filepath.Join(dir, "tokenizer_config.json"))
	if err != nil {
		return err
	}
	mc, err := readConfig(filepath.Join(dir, "config.json"))
	if err != nil {
		return err
	}
	set := func(dst *int, raw json.RawMessage, what string) error {
		s, ok := tokenText(raw)
		if !ok {
			return nil
		}
		id, ok := t.TokenID(s)
		if !ok {
			return fmt.Errorf("tokenizer: %s: %s %q is not a token", filepath.Join(dir, "tokenizer_config.json"), what, s)
		}
		*dst = id
		return nil
	}
	if mc != nil {
		if mc.BOSID != nil {
			t.bos = *mc.BOSID
		}
		var eos int
		if json.Unmarshal(mc.EOSID, &eos) == nil && len(mc.EOSID) > 0 {
			t.eos = eos
		}
		if mc.PadID != nil {
			t.pad = *mc.PadID
		}
	}
	if tc != nil {
		if err := set(&t.bos, tc.BOS, "bos_token"); err != nil {
			return err
		}
		if err := set(&t.eos, tc.EOS, "eos_token"); err != nil {
			return err
		}
		if err := set(&t.pad, tc.Pad, "pad_token"); err != nil {
			return err
		}
	}
	for _, v := range []int{t.bos, t.eos, t.pad} {
		if v < -1 || v >= t.NumTokens() {
			return fmt.Errorf("tokenizer: %s: special token id %d outside the vocabulary of %d", dir, v, t.NumTokens())
		}
	}
	return nil
}

// FromVocabMerges builds a Tokenizer from the contents of a GPT-2-style
// vocab.json (token -> id) and merges.txt (one "a b" per line after an
// optional "#version" line). Added tokens come from the added_tokens_decoder
// of tokenizerConfig, the contents of tokenizer_config.json (nil when there
// is none). The pre-tokenizer is Qwen2's and the normalizer NFC: these files
// do not say. name is used in error messages.
func FromVocabMerges(vocabJSON, mergesTxt, tokenizerConfig []byte, name string) (*Tokenizer, error) {
	var addedDecoder map[string]hfAddedToken
	if tokenizerConfig != nil {
		var c hfConfig
		if err := json.Unmarshal(tokenizerConfig, &c); err != nil {
			return nil, fmt.Errorf("tokenizer: %s: tokenizer_config.json: %w", name, err)
		}
		addedDecoder = c.AddedDecoder
	}
	var vocab map[string]int
	if err := json.Unmarshal(vocabJSON, &vocab); err != nil {
		return nil, fmt.Errorf("tokenizer: %s: vocab.json: %w", name, err)
	}
	if len(vocab) == 0 {
		return nil, fmt.Errorf("tokenizer: %s: vocab.json is empty", name)
	}
	var merges [][2]string
	for ln, line := range strings.Split(string(mergesTxt), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || (ln == 0 && strings.HasPrefix(line, "#version")) {
			continue
		}
		a, b, ok := strings.Cut(line, " ")
		if !ok || strings.Contains(b, " ") {
			return nil, fmt.Errorf("tokenizer: %s: merges.txt line %d (%q) is not two tokens separated by one space", name, ln+1, line)
		}
		merges = append(merges, [2]string{a, b})
	}
	var added []hfAddedToken
	keys := make([]string, 0, len(addedDecoder))
	for k := range addedDecoder {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := addedDecoder[k]
		var id int
		if _, err := fmt.Sscanf(k, "%d", &id); err != nil {
			return nil, fmt.Errorf("tokenizer: %s: added_tokens_decoder key %q is not an id", name, k)
		}
		a.ID = &id
		if _, inVocab := vocab[a.Content]; inVocab {
			continue
		}
		added = append(added, a)
	}
	spec, err := buildSpec(vocab, added, name)
	if err != nil {
		return nil, err
	}
	spec.Merges = merges
	return New(spec)
}
