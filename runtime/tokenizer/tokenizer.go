// Package tokenizer is Qwen2/Qwen2.5's byte-level BPE tokenizer, identical to
// Hugging Face's (the Rust tokenizers library): NFC normalization, the Qwen2
// pre-tokenizer regex, GPT-2's byte-to-unicode map and rank-ordered merges.
//
// It loads from a GGUF file's metadata, a tokenizer.json, vocab.json +
// merges.txt, or the embedded copy of Qwen2.5's vocabulary (Qwen25). Text is
// encoded in one of two modes: Encode treats every string as text (use it for
// anything a user, a document or a tool wrote: "<|im_start|>" becomes six
// ordinary tokens, never a control token), and EncodeSpecial also recognises
// the added tokens' text (only for text the program itself writes, such as
// the chat template). A *Tokenizer is read-only after loading and safe for
// concurrent use by many goroutines.
package tokenizer

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Token types, numbered as llama.cpp stores them in GGUF
// (tokenizer.ggml.token_type).
const (
	TypeUndefined   int32 = 0
	TypeNormal      int32 = 1
	TypeUnknown     int32 = 2
	TypeControl     int32 = 3
	TypeUserDefined int32 = 4
	TypeUnused      int32 = 5
	TypeByte        int32 = 6
)

// Spec is a vocabulary from which New builds a Tokenizer.
type Spec struct {
	// Tokens holds every token by id. Normal tokens are in byte-level form
	// (GPT-2's byte-to-unicode map, as in tokenizer.json and GGUF); added
	// tokens (control and user-defined) are their literal text.
	Tokens []string
	// Types holds each token's type (TypeNormal, TypeControl, ...); nil means
	// all normal.
	Types []int32
	// Merges are the BPE merges in rank order, each a pair of tokens in
	// byte-level form.
	Merges [][2]string
	// BOS, EOS and Pad are token ids, or -1 for none.
	BOS, EOS, Pad int
	// Source names the file the vocabulary came from, for error messages.
	Source string
}

// Tokenizer encodes text to token ids and decodes ids to text. Build one
// with LoadFile, FromGGUF, FromTokenizerJSON, Qwen25 or New.
//
// Its tables hold no pointers beyond a few slices (the tokens are two long
// strings with offsets, the hash tables are integer arrays), so the garbage
// collector never has to walk the vocabulary.
type Tokenizer struct {
	tokStr string   // every token in GGUF form, concatenated
	tokOff []uint32 // token i is tokStr[tokOff[i]:tokOff[i+1]]
	types  []int32
	raw    []byte   // the bytes of every token, concatenated
	rawOff []uint32 // token i is raw[rawOff[i]:rawOff[i+1]]

	rawIndex []int32    // hash table of normal tokens by raw bytes (-1: empty)
	byteID   [256]int32 // the token of each single byte
	merges   mergeTable
	rules    [][2]int32 // the merges in rank order, as token ids

	added    map[string]int32 // added-token text -> id
	addedLen []int            // distinct lengths of added tokens, longest first
	addFirst [256]bool        // first bytes of added tokens
	oneFirst int              // the only first byte of added tokens, or -1

	bos, eos, pad int

	cache *pieceCache
	words sync.Pool // *bpeWord scratch space
}

// New builds a Tokenizer from a vocabulary. It checks that the vocabulary is
// consistent: every byte has a token, every merge joins two normal tokens
// into a third, normal tokens are unique, and the special ids are in range.
// Cost: a few hash-map operations per token and per merge (about 0.15 s for
// Qwen2.5's 151,665 tokens).
func New(spec Spec) (*Tokenizer, error) {
	src := spec.Source
	if src == "" {
		src = "vocabulary"
	}
	n := len(spec.Tokens)
	if n == 0 {
		return nil, fmt.Errorf("tokenizer: %s: empty vocabulary", src)
	}
	if n > 1<<31-1 {
		return nil, fmt.Errorf("tokenizer: %s: %d tokens is too many", src, n)
	}
	types := spec.Types
	if types == nil {
		types = make([]int32, n)
		for i := range types {
			types[i] = TypeNormal
		}
	} else if len(types) != n {
		return nil, fmt.Errorf("tokenizer: %s: %d token types for %d tokens", src, len(types), n)
	}
	t := &Tokenizer{
		types:  types,
		tokOff: make([]uint32, n+1),
		rawOff: make([]uint32, n+1),
		added:  make(map[string]int32),
		bos:    spec.BOS, eos: spec.EOS, pad: spec.Pad,
		cache: newPieceCache(),
	}
	vocab := make(map[string]int32, n) // byte-level form -> id, normal tokens
	var all strings.Builder
	for i, tok := range spec.Tokens {
		all.WriteString(tok)
		if uint64(all.Len()) > 1<<32-1 {
			return nil, fmt.Errorf("tokenizer: %s: tokens too long", src)
		}
		t.tokOff[i+1] = uint32(all.Len())
	}
	t.tokStr = all.String()
	t.words.New = func() any { return new(bpeWord) }
	raw := make([]byte, 0, 8*n)
	lens := map[int]bool{}
	for i, tok := range spec.Tokens {
		switch types[i] {
		case TypeNormal, TypeUndefined, TypeByte:
			n := len(vocab)
			if vocab[tok] = int32(i); len(vocab) == n {
				return nil, fmt.Errorf("tokenizer: %s: token %q has two ids", src, tok)
			}
			if b, ok := bl.decodeString(tok); ok {
				raw = append(raw, b...)
			} else {
				raw = append(raw, tok...)
			}
		case TypeControl, TypeUserDefined:
			if tok == "" {
				return nil, fmt.Errorf("tokenizer: %s: added token %d is empty", src, i)
			}
			if prev, dup := t.added[tok]; dup {
				return nil, fmt.Errorf("tokenizer: %s: added token %q has two ids, %d and %d", src, tok, prev, i)
			}
			t.added[tok] = int32(i)
			t.addFirst[tok[0]] = true
			lens[len(tok)] = true
			raw = append(raw, tok...)
		case TypeUnknown, TypeUnused:
			raw = append(raw, tok...)
		default:
			return nil, fmt.Errorf("tokenizer: %s: token %d (%q) has unknown type %d", src, i, tok, types[i])
		}
		t.rawOff[i+1] = uint32(len(raw))
	}
	t.raw = raw
	for l := range lens {
		t.addedLen = append(t.addedLen, l)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(t.addedLen)))
	t.oneFirst = -1
	for c, ok := range t.addFirst {
		if ok && t.oneFirst == -1 {
			t.oneFirst = c
		} else if ok {
			t.oneFirst = -2
		}
	}
	if t.oneFirst < 0 {
		t.oneFirst = -1
	}
	for c := 0; c < 256; c++ {
		id, ok := vocab[bl.runeString(byte(c))]
		if !ok {
			return nil, fmt.Errorf("tokenizer: %s: no token for byte 0x%02x (%q); not a byte-level BPE vocabulary", src, c, bl.runeString(byte(c)))
		}
		t.byteID[c] = id
	}
	if err := t.buildMerges(src, spec.Merges, vocab); err != nil {
		return nil, err
	}
	t.buildRawIndex()
	for _, sp := range []struct {
		name string
		id   int
	}{{"BOS", t.bos}, {"EOS", t.eos}, {"padding", t.pad}} {
		if sp.id < -1 || sp.id >= n {
			return nil, fmt.Errorf("tokenizer: %s: %s token id %d outside the vocabulary of %d", src, sp.name, sp.id, n)
		}
	}
	return t, nil
}

func (t *Tokenizer) buildMerges(src string, merges [][2]string, vocab map[string]int32) error {
	var ok bool
	if t.merges, ok = newMergeTable(len(merges), len(t.types)); !ok {
		return fmt.Errorf("tokenizer: %s: %d tokens and %d merges are too many", src, len(t.types), len(merges))
	}
	t.rules = make([][2]int32, len(merges))
	var buf []byte
	for rank, m := range merges {
		a, ok := vocab[m[0]]
		if !ok {
			return fmt.Errorf("tokenizer: %s: merge %d (%q %q): %q is not a token", src, rank, m[0], m[1], m[0])
		}
		b, ok := vocab[m[1]]
		if !ok {
			return fmt.Errorf("tokenizer: %s: merge %d (%q %q): %q is not a token", src, rank, m[0], m[1], m[1])
		}
		buf = append(append(buf[:0], m[0]...), m[1]...)
		c, ok := vocab[string(buf)]
		if !ok {
			return fmt.Errorf("tokenizer: %s: merge %d (%q %q): the merged token %q is not in the vocabulary", src, rank, m[0], m[1], buf)
		}
		// A later duplicate of a pair wins, as in Hugging Face's BPE.
		t.merges.set(a, b, int32(rank), c)
		t.rules[rank] = [2]int32{a, b}
	}
	return nil
}

// NumTokens returns the size of the vocabulary: ids run from 0 to
// NumTokens()-1 (for a GGUF file, its token count, padding included).
func (t *Tokenizer) NumTokens() int { return len(t.types) }

// TokenBytes returns the raw bytes token id stands for; for an added token,
// its text. The slice is shared: do not modify it. It is nil for an id
// outside the vocabulary. Cost: O(1), no allocation.
func (t *Tokenizer) TokenBytes(id int) []byte {
	if id < 0 || id >= len(t.types) {
		return nil
	}
	lo, hi := t.rawOff[id], t.rawOff[id+1]
	return t.raw[lo:hi:hi]
}

// IsSpecial reports whether token id is not ordinary text: an added token
// (control such as <|im_end|>, or user-defined such as <tool_call>), an
// unused padding token or the unknown token. Encode never produces one.
func (t *Tokenizer) IsSpecial(id int) bool {
	if id < 0 || id >= len(t.types) {
		return false
	}
	switch t.types[id] {
	case TypeNormal, TypeUndefined, TypeByte:
		return false
	}
	return true
}

// TokenType returns the type of token id (TypeNormal, TypeControl, ...), or
// TypeUndefined for an id outside the vocabulary.
func (t *Tokenizer) TokenType(id int) int32 {
	if id < 0 || id >= len(t.types) {
		return TypeUndefined
	}
	return t.types[id]
}

// TokenID returns the id of the token whose text is exactly text: an added
// token such as "<|im_end|>" or "<tool_call>", or else the normal token that
// stands for exactly these bytes (" the"). Cost: one or two hash look-ups.
func (t *Tokenizer) TokenID(text string) (int, bool) {
	if id, ok := t.added[text]; ok {
		return int(id), true
	}
	if id := t.findRaw(text); id >= 0 {
		return int(id), true
	}
	return 0, false
}

// Token returns token id in its GGUF form (byte-level for normal tokens), or
// "" for an id outside the vocabulary.
func (t *Tokenizer) Token(id int) string {
	if id < 0 || id >= len(t.types) {
		return ""
	}
	return t.tokStr[t.tokOff[id]:t.tokOff[id+1]]
}

// Tokens returns a copy of every token in GGUF form (byte-level for normal
// tokens, literal text for added ones), by id, as tokenizer.ggml.tokens
// stores them.
func (t *Tokenizer) Tokens() []string {
	out := make([]string, len(t.types))
	for i := range out {
		out[i] = t.Token(i)
	}
	return out
}

// TokenTypes returns a copy of every token's type, by id, as
// tokenizer.ggml.token_type stores them.
func (t *Tokenizer) TokenTypes() []int32 { return append([]int32(nil), t.types...) }

// Merges returns the merges in rank order as "a b" strings (byte-level
// forms), as tokenizer.ggml.merges stores them. Cost: one allocation per
// merge.
func (t *Tokenizer) Merges() []string {
	out := make([]string, len(t.rules))
	for i, r := range t.rules {
		out[i] = t.Token(int(r[0])) + " " + t.Token(int(r[1]))
	}
	return out
}

// BOS returns the beginning-of-sequence token id, or -1 when there is none.
// Qwen2.5 never adds one when encoding.
func (t *Tokenizer) BOS() int { return t.bos }

// EOS returns the end-of-sequence token id (<|im_end|> for Qwen2.5-Instruct),
// or -1 when there is none.
func (t *Tokenizer) EOS() int { return t.eos }

// Pad returns the padding token id (<|endoftext|> for Qwen2.5), or -1 when
// there is none.
func (t *Tokenizer) Pad() int { return t.pad }

// rawHash hashes token bytes for rawIndex (FNV-1a).
func rawHash[S string | []byte](b S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * 1099511628211
	}
	return h
}

// buildRawIndex fills rawIndex, an open-addressing table of the normal
// tokens by their raw bytes.
func (t *Tokenizer) buildRawIndex() {
	size := 16
	for size < 2*len(t.types) {
		size *= 2
	}
	t.rawIndex = make([]int32, size)
	for i := range t.rawIndex {
		t.rawIndex[i] = -1
	}
	mask := uint64(size - 1)
	for id, typ := range t.types {
		if typ != TypeNormal && typ != TypeUndefined && typ != TypeByte {
			continue
		}
		for j := rawHash(t.TokenBytes(id)) & mask; ; j = (j + 1) & mask {
			if t.rawIndex[j] < 0 {
				t.rawIndex[j] = int32(id)
				break
			}
		}
	}
}

// findRaw returns the first normal token whose bytes are b, or -1.
func (t *Tokenizer) findRaw(b string) int32 {
	mask := uint64(len(t.rawIndex) - 1)
	for j := rawHash(b) & mask; ; j = (j + 1) & mask {
		id := t.rawIndex[j]
		if id < 0 {
			return -1
		}
		if string(t.TokenBytes(int(id))) == b {
			return id
		}
	}
}
