package tools

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// MemoryHit is one stored text that matches a search: a past message or a
// chunk of a document.
type MemoryHit struct {
	// Kind is "message" or "document".
	Kind string `json:"kind"`
	// Text is the message's content or the chunk's text.
	Text string `json:"text"`
	// Role is a message's author ("user", "assistant", ...).
	Role string `json:"role,omitempty"`
	// Document names a chunk's document.
	Document string `json:"document,omitempty"`
	// Seq is the message's position in its session, or the chunk's in its
	// document.
	Seq int `json:"seq"`
}

// MemorySearcher searches what the conversation's memory holds. The agent
// adapts its memory store to it; tools never sees how texts are stored.
type MemorySearcher interface {
	// SearchMemory returns at most limit texts that match query, best
	// first; none is not an error.
	SearchMemory(ctx context.Context, query string, limit int) ([]MemoryHit, error)
}

// DocumentReader reads named documents chunk by chunk.
type DocumentReader interface {
	// DocumentChunks returns the texts of a document's chunks in order, or
	// an error wrapping ErrNoDocument.
	DocumentChunks(ctx context.Context, name string) ([]string, error)
	// DocumentNames lists the documents that can be read.
	DocumentNames(ctx context.Context) ([]string, error)
}

// ErrNoDocument is what a DocumentReader returns (wrapped) for a name it
// does not have.
var ErrNoDocument = errors.New("no such document")

// SearchMemoryArgs are search_memory's arguments.
type SearchMemoryArgs struct {
	// Query is the words to look for; it must not be blank.
	Query string `json:"query" jsonschema:"description=Words to look for in earlier messages and stored documents,minLength=1"`
	// Limit caps the hits returned: 1 to 20, 0 (absent) meaning 5.
	Limit int `json:"limit,omitempty" jsonschema:"description=How many results to return (default 5),minimum=1,maximum=20"`
}

// SearchMemory makes the opt-in search_memory tool over m: full-text search
// of earlier messages and stored documents, best matches first.
func SearchMemory(m MemorySearcher, opts ...Option) (*Tool, error) {
	if m == nil {
		return nil, fmt.Errorf("tools: search_memory: nil searcher")
	}
	return New("search_memory", "Search earlier messages of this conversation and the stored documents for text matching a query. Returns the best matches first.",
		func(ctx context.Context, a SearchMemoryArgs) ([]MemoryHit, error) {
			if strings.TrimSpace(a.Query) == "" {
				return nil, fmt.Errorf("empty query")
			}
			limit := a.Limit
			if limit == 0 {
				limit = 5
			}
			hits, err := m.SearchMemory(ctx, a.Query, limit)
			if err != nil {
				return nil, fmt.Errorf("search failed: %w", err)
			}
			if hits == nil {
				hits = []MemoryHit{} // "[]", not "null", for the model
			}
			return hits, nil
		}, opts...)
}

// ReadDocumentArgs are read_document's arguments.
type ReadDocumentArgs struct {
	// Name is the document to read.
	Name string `json:"name" jsonschema:"description=The document's name"`
	// FromChunk is the first chunk to return, from 0.
	FromChunk int `json:"from_chunk,omitempty" jsonschema:"description=First chunk to read (default 0),minimum=0"`
	// MaxChunks caps the chunks returned: 1 to 16, 0 (absent) meaning 4.
	MaxChunks int `json:"max_chunks,omitempty" jsonschema:"description=How many chunks to read (default 4),minimum=1,maximum=16"`
}

// DocumentPage is what read_document returns: some of a document's chunks
// and where the rest is.
type DocumentPage struct {
	// Name is the document's name.
	Name string `json:"name"`
	// Chunks are the chunks read, in order; empty for an empty document.
	Chunks []DocumentChunk `json:"chunks"`
	// Total is the document's number of chunks.
	Total int `json:"total_chunks"`
	// NextChunk is the chunk to read next; nil (absent) at the end.
	NextChunk *int `json:"next_chunk,omitempty"`
}

// DocumentChunk is one chunk of a document with its position.
type DocumentChunk struct {
	// Seq is the chunk's position in its document, from 0.
	Seq int `json:"seq"`
	// Text is the chunk's text.
	Text string `json:"text"`
}

// ReadDocument makes the opt-in read_document tool over r: a named
// document's chunks, a few at a time, so a long document is read in pages
// instead of flooding the context.
func ReadDocument(r DocumentReader, opts ...Option) (*Tool, error) {
	if r == nil {
		return nil, fmt.Errorf("tools: read_document: nil reader")
	}
	return New("read_document", "Read a stored document by name, a few chunks at a time. The result says which chunk to read next.",
		func(ctx context.Context, a ReadDocumentArgs) (DocumentPage, error) {
			chunks, err := r.DocumentChunks(ctx, a.Name)
			if errors.Is(err, ErrNoDocument) {
				names, lerr := r.DocumentNames(ctx)
				if lerr != nil || len(names) == 0 {
					return DocumentPage{}, fmt.Errorf("no document named %q (there are no documents)", a.Name)
				}
				return DocumentPage{}, fmt.Errorf("no document named %q; the documents are: %s", a.Name, strings.Join(names, ", "))
			}
			if err != nil {
				return DocumentPage{}, fmt.Errorf("reading %q failed: %w", a.Name, err)
			}
			n := a.MaxChunks
			if n == 0 {
				n = 4
			}
			if a.FromChunk >= len(chunks) && len(chunks) > 0 {
				return DocumentPage{}, fmt.Errorf("document %q has %d chunks (0 to %d); from_chunk %d is past its end", a.Name, len(chunks), len(chunks)-1, a.FromChunk)
			}
			page := DocumentPage{Name: a.Name, Total: len(chunks), Chunks: []DocumentChunk{}}
			end := min(a.FromChunk+n, len(chunks))
			for i := a.FromChunk; i < end; i++ {
				page.Chunks = append(page.Chunks, DocumentChunk{Seq: i, Text: chunks[i]})
			}
			if end < len(chunks) {
				page.NextChunk = &end
			}
			return page, nil
		}, opts...)
}
