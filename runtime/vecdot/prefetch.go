package vecdot

// PrefetchRows asks the CPU to start loading rows runs of n bytes, stride
// bytes apart from the start of b, into its caches (one prefetch
// instruction per 64-byte line: PREFETCHT0 on amd64, PRFM PLDL1KEEP on
// arm64; nothing under the purego tag or elsewhere). It is a hint: it
// neither reads nor writes b as far as the program can tell, and returns as
// soon as the requests are issued, which takes about as long as the lines
// take to arrive once the CPU's outstanding-miss slots are full. Arguments
// that do not fit in b (or rows or n ≤ 0) do nothing.
//
// Use it to overlap the latency of scattered or short reads (a KV cache's
// transposed keys, a few lines per dimension) with other work.
func PrefetchRows(b []byte, rows, stride, n int) {
	if rows <= 0 || n <= 0 || stride < 0 || (rows-1)*stride+n > len(b) || (rows-1)*stride+n < 0 {
		return
	}
	prefetchRows(&b[0], rows, stride, n)
}
