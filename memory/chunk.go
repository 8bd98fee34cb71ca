package memory

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece is a run of a document's bytes [start, end) with its token count.
type piece struct {
	start, end int
	tokens     int
	para       bool // the piece ends a paragraph
}

// chunkText splits text into chunks of at most size tokens (by count), each
// overlapping the one before by at most overlap tokens. Cuts fall at
// paragraph ends where one lies in the second half of a chunk, else at
// sentence ends, else between words, else between characters. Every chunk
// is text[start:end] exactly, and together they cover the text.
func chunkText(text string, size, overlap int, count func(string) int) []piece {
	units := splitUnits(text, size, count)
	var out []piece
	i := 0
	for i < len(units) {
		// Take units while they fit.
		j, sum := i, 0
		for j < len(units) && (j == i || sum+units[j].tokens <= size) {
			sum += units[j].tokens
			j++
		}
		// Prefer a paragraph end in the second half: the last unit k-1
		// that ends one while units[i:k] (head tokens) fill half a chunk.
		for k, head := j-1, sum-units[j-1].tokens; k > i && head >= size/2; k-- {
			if units[k-1].para {
				j = k
				break
			}
			head -= units[k-1].tokens
		}
		// Joined text may count differently from its parts; shrink until
		// the real count fits.
		c := piece{start: units[i].start, end: units[j-1].end}
		c.tokens = count(text[c.start:c.end])
		for c.tokens > size && j-1 > i {
			j--
			c.end = units[j-1].end
			c.tokens = count(text[c.start:c.end])
		}
		c.para = units[j-1].para
		out = append(out, c)
		if j == len(units) {
			break
		}
		// The next chunk starts with the last units of this one that fit
		// in the overlap, or if none does, the last words that do, but
		// always after this chunk's start.
		next, back := j, 0
		for next-1 > i && back+units[next-1].tokens <= overlap {
			back += units[next-1].tokens
			next--
		}
		if next == j && overlap > 0 {
			last := units[j-1]
			for _, w := range splitWords(text, last) {
				if w.start > c.start && count(text[w.start:last.end]) <= overlap {
					tail := piece{start: w.start, end: last.end, para: last.para}
					tail.tokens = count(text[tail.start:tail.end])
					units = slices.Insert(units, j, tail)
					break
				}
			}
		}
		i = next
	}
	return out
}

// splitUnits cuts text into sentences (with the spaces after them), any
// sentence longer than size tokens into words, and any word longer than
// size into runs of characters, so no unit exceeds size (unless a single
// character does).
func splitUnits(text string, size int, count func(string) int) []piece {
	var out []piece
	for _, s := range sentences(text) {
		s.tokens = count(text[s.start:s.end])
		if s.tokens <= size {
			out = append(out, s)
			continue
		}
		words := splitWords(text, s)
		for wi, w := range words {
			w.tokens = count(text[w.start:w.end])
			w.para = s.para && wi == len(words)-1
			if w.tokens <= size {
				out = append(out, w)
				continue
			}
			out = append(out, splitChars(text, w, size, count)...)
		}
	}
	return out
}

// sentences splits text after sentence-ending punctuation followed by
// space, after CJK full stops, and at line breaks; each piece keeps the
// whitespace that follows it. A blank line ends a paragraph.
func sentences(text string) []piece {
	var out []piece
	start := 0
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		end := -1
		switch {
		case r == '\n':
			end = i + n
		case r == '.' || r == '!' || r == '?' || r == ';':
			if i+n == len(text) || unicode.IsSpace(rune(text[i+n])) {
				end = i + n
			}
		case r == '。' || r == '！' || r == '？' || r == '；':
			end = i + n
		}
		if end < 0 {
			i += n
			continue
		}
		// Swallow the whitespace that follows; two line breaks end a paragraph.
		newlines := 0
		if r == '\n' {
			newlines = 1
		}
		for end < len(text) {
			c := text[end]
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
				break
			}
			if c == '\n' {
				newlines++
			}
			end++
		}
		out = append(out, piece{start: start, end: end, para: newlines >= 2})
		start, i = end, end
	}
	if start < len(text) {
		out = append(out, piece{start: start, end: len(text)})
	}
	if len(out) > 0 {
		out[len(out)-1].para = true
	}
	return out
}

// splitWords cuts s after each run of spaces.
func splitWords(text string, s piece) []piece {
	var out []piece
	start := s.start
	seg := text[s.start:s.end]
	i := 0
	for i < len(seg) {
		j := strings.IndexAny(seg[i:], " \t\n")
		if j < 0 {
			break
		}
		k := i + j
		for k < len(seg) && (seg[k] == ' ' || seg[k] == '\t' || seg[k] == '\n') {
			k++
		}
		out = append(out, piece{start: start, end: s.start + k})
		start, i = s.start+k, k
	}
	if start < s.end {
		out = append(out, piece{start: start, end: s.end})
	}
	return out
}

// splitChars cuts w into runs of whole characters of at most size tokens,
// each as long as a binary search on the count finds.
func splitChars(text string, w piece, size int, count func(string) int) []piece {
	var out []piece
	start := w.start
	for start < w.end {
		// Candidate ends: character boundaries up to 64 bytes a token.
		var ends []int
		for i := start; i < w.end && i-start <= 64*size; {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			ends = append(ends, i)
		}
		// The longest run that fits; at least one character.
		k := sort.Search(len(ends), func(k int) bool { return count(text[start:ends[k]]) > size })
		end := ends[max(k-1, 0)]
		out = append(out, piece{start: start, end: end, tokens: count(text[start:end])})
		start = end
	}
	if len(out) > 0 {
		out[len(out)-1].para = w.para
	}
	return out
}
