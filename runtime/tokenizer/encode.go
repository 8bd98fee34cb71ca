package tokenizer

import "strings"

// Encode returns the ids of text in plain mode: every byte of text is text,
// so added-token strings such as "<|im_start|>" or "<tool_call>" are split
// and merged like any other characters and no control or user-defined token
// is ever produced. Use it for everything a user, a document or a tool wrote.
// The text is NFC-normalized first. Invalid UTF-8 is kept byte for byte.
// Cost: linear in len(text); frequent pieces come from a bounded cache.
func (t *Tokenizer) Encode(text string) []int {
	return t.AppendEncode(nil, text)
}

// AppendEncode appends the plain-mode ids of text to dst (see Encode).
func (t *Tokenizer) AppendEncode(dst []int, text string) []int {
	if dst == nil {
		dst = make([]int, 0, len(text)/2+4)
	}
	return t.appendText(dst, text)
}

// EncodeSpecial returns the ids of text with the added tokens' text
// recognised: wherever "<|im_start|>", "<tool_call>" or any other added
// token occurs it becomes that token (leftmost match first, the longest at
// one position, as Hugging Face matches them); the text between is encoded
// as Encode does. Use it only for text the program itself writes, such as
// the chat template, never for user content.
func (t *Tokenizer) EncodeSpecial(text string) []int {
	return t.AppendEncodeSpecial(nil, text)
}

// AppendEncodeSpecial appends the ids of text to dst (see EncodeSpecial).
func (t *Tokenizer) AppendEncodeSpecial(dst []int, text string) []int {
	if dst == nil {
		dst = make([]int, 0, len(text)/2+4)
	}
	start := 0
	for i := t.nextCandidate(text, 0); i < len(text); i = t.nextCandidate(text, i) {
		id, n := t.matchAdded(text, i)
		if n == 0 {
			i++
			continue
		}
		dst = t.appendText(dst, text[start:i])
		dst = append(dst, id)
		i += n
		start = i
	}
	return t.appendText(dst, text[start:])
}

// nextCandidate returns the first position at or after i whose byte may
// start an added token, or len(text).
func (t *Tokenizer) nextCandidate(text string, i int) int {
	if len(t.addedLen) == 0 || i >= len(text) {
		return len(text)
	}
	if t.oneFirst >= 0 { // Qwen: every added token starts with '<'
		if k := strings.IndexByte(text[i:], byte(t.oneFirst)); k >= 0 {
			return i + k
		}
		return len(text)
	}
	for j := i; j < len(text); j++ {
		if t.addFirst[text[j]] {
			return j
		}
	}
	return len(text)
}

// matchAdded returns the longest added token that starts at text[i], and
// its length, or n 0.
func (t *Tokenizer) matchAdded(text string, i int) (id, n int) {
	for _, l := range t.addedLen {
		if i+l > len(text) {
			continue
		}
		if v, ok := t.added[text[i:i+l]]; ok {
			return int(v), l
		}
	}
	return 0, 0
}

// appendText NFC-normalizes text, splits it into pieces with the
// pre-tokenizer and appends each piece's BPE ids.
func (t *Tokenizer) appendText(dst []int, text string) []int {
	if text == "" {
		return dst
	}
	tab := chars()
	w := t.words.Get().(*bpeWord)
	defer t.words.Put(w)
	text = toNFC(tab, text, &w.nfc)
	for i := 0; i < len(text); {
		j := splitNext(tab, text, i)
		piece := text[i:j]
		i = j
		switch len(piece) {
		case 1:
			dst = append(dst, int(t.byteID[piece[0]]))
			continue
		case 2: // one possible merge: no need for the cache or the list
			a, b := t.byteID[piece[0]], t.byteID[piece[1]]
			if r := t.merges.lookup(a, b); r != noRank {
				dst = append(dst, int(t.merges.merged[r]))
			} else {
				dst = append(dst, int(a), int(b))
			}
			continue
		}
		cacheable := len(piece) <= maxCachedLen // pieces of 1 and 2 bytes were handled above
		if cacheable {
			var ok bool
			if dst, ok = t.cache.get(dst, piece); ok {
				continue
			}
		}
		n := len(dst)
		dst = t.bpe(dst, piece, w)
		if cacheable {
			t.cache.put(piece, dst[n:])
		}
	}
	return dst
}
