package memory

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestChunkText(t *testing.T) {
	tok := qwen(t)
	count := counterFunc(tok)
	c := newCorpus(3)
	var paras []string
	for range 12 {
		var sents []string
		for range 2 + c.r.Intn(6) {
			sents = append(sents, strings.ToUpper(c.word()[:1])+c.text(3, 25))
		}
		paras = append(paras, strings.Join(sents, " "))
	}
	long := strings.Repeat("x", 3000) // one word longer than a chunk
	cjk := strings.Repeat("数据库迁移已经完成。新的数据库更快！", 40)
	text := strings.Join(paras, "\n\n") + "\n\n" + long + " tail.\n" + cjk
	size, overlap := 64, 12
	chunks := chunkText(text, size, overlap, count)
	if len(chunks) < 10 {
		t.Fatalf("%d chunks", len(chunks))
	}
	if chunks[0].start != 0 || chunks[len(chunks)-1].end != len(text) {
		t.Errorf("chunks span [%d, %d) of %d bytes", chunks[0].start, chunks[len(chunks)-1].end, len(text))
	}
	sentenceEnds, paraEnds, longCuts := 0, 0, 0
	for i, ch := range chunks {
		body := text[ch.start:ch.end]
		if n := len(tok.Encode(body)); n > size || n != ch.tokens {
			t.Errorf("chunk %d: %d tokens (recorded %d), size %d", i, n, ch.tokens, size)
		}
		if !utf8.ValidString(body) {
			t.Errorf("chunk %d cuts a character", i)
		}
		if i > 0 {
			prev := chunks[i-1]
			if ch.start > prev.end {
				t.Errorf("gap between chunks %d and %d", i-1, i)
			}
			if ch.start <= prev.start {
				t.Errorf("chunk %d does not advance", i)
			}
			if ch.start < prev.end {
				if n := len(tok.Encode(text[ch.start:prev.end])); n > overlap {
					t.Errorf("chunks %d and %d overlap by %d tokens", i-1, i, n)
				}
			}
		}
		trimmed := strings.TrimRight(body, " \n")
		inLong := strings.HasSuffix(body, "xx")
		switch {
		case inLong:
			longCuts++
		case strings.HasSuffix(body, "\n\n") || ch.end == len(text):
			paraEnds++
		case strings.HasSuffix(trimmed, ".") || strings.HasSuffix(trimmed, "。") || strings.HasSuffix(trimmed, "！"):
			sentenceEnds++
		}
	}
	// Apart from the word longer than a chunk, cuts fall at sentence ends.
	if sentenceEnds+paraEnds+longCuts != len(chunks) || longCuts > 8 {
		t.Errorf("%d of %d chunks end a sentence or paragraph, %d inside the long word", sentenceEnds+paraEnds, len(chunks), longCuts)
	}
	if paraEnds < 5 {
		t.Errorf("only %d chunks end a paragraph", paraEnds)
	}
	overlapping := 0
	for i := 1; i < len(chunks); i++ {
		if chunks[i].start < chunks[i-1].end {
			overlapping++
		}
	}
	if overlapping < len(chunks)/3 {
		t.Errorf("only %d of %d chunks overlap the one before", overlapping, len(chunks))
	}
}

func TestDocuments(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, WithCounter(qwen(t)), WithChunking(48, 8))
	text := "Kyoto has temples.\n\nÉlan café opens at eight. " + strings.Repeat("The lighthouse keeper writes a log every night. ", 20) + "\n\n結論：数据库更快。"
	doc, err := s.AddDocument(ctx, "notes.md", text)
	if err != nil {
		t.Fatal(err)
	}
	chunks, err := s.Chunks(ctx, "notes.md")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Chunks != len(chunks) || len(chunks) < 3 || doc.Chars != utf8.RuneCountInString(text) {
		t.Fatalf("doc %+v, %d chunks", doc, len(chunks))
	}
	runes := []rune(text)
	for i, c := range chunks {
		if c.Seq != i || string(runes[c.Start:c.Start+utf8.RuneCountInString(c.Text)]) != c.Text || c.Tokens > 48 {
			t.Errorf("chunk %+v is not the text at its start", c)
		}
	}
	hits, err := s.Search(ctx, "数据库", SearchQuery{})
	if err != nil || len(hits) != 1 || hits[0].Kind != KindDocument || hits[0].Document != "notes.md" || hits[0].Seq != len(chunks)-1 {
		t.Errorf("search in the document: %+v %v", hits, err)
	}
	// Replacing the document replaces its chunks in the index.
	if _, err := s.AddDocument(ctx, "notes.md", "Only Osaka now."); err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.Search(ctx, "kyoto", SearchQuery{}); len(hits) != 0 {
		t.Errorf("old text still found: %+v", hits)
	}
	if hits, _ := s.Search(ctx, "osaka", SearchQuery{}); len(hits) != 1 {
		t.Errorf("new text not found: %+v", hits)
	}
	docs, _ := s.Documents(ctx)
	if len(docs) != 1 || docs[0].Chunks != 1 {
		t.Errorf("documents %+v", docs)
	}
	if _, err := s.Chunks(ctx, "missing"); err == nil {
		t.Error("chunks of a missing document")
	}
	if _, err := s.AddDocument(ctx, "", "x"); err == nil {
		t.Error("a document without a name")
	}
}
