// The collections benchmark scaled to 10,000,000 elements, plus a hash-map
// case; the same cases as collections.seq, each step done as Seq does it.
// A list built by repeated push is a slice grown by append; map and filter
// make new slices from a list still in use; the chain works on a list used
// for the last time, so each step reuses its storage, as Seq's unshared
// lists are changed in place.
// Each case prints one line: LABEL = RESULT in NS ns
package main

import (
	"fmt"
	"time"
)

func sum(xs []int64) int64 {
	var total int64
	for _, v := range xs {
		total += v
	}
	return total
}

func report(label string, result int64, start time.Time) {
	elapsed := time.Since(start).Nanoseconds()
	fmt.Printf("%s = %d in %d ns\n", label, result, elapsed)
}

func main() {
	const n = 10000000
	start := time.Now()
	var data []int64
	for i := int64(0); i < n; i++ {
		data = append(data, i)
	}
	elapsed := time.Since(start).Nanoseconds()
	fmt.Printf("build(10M) = %d in %d ns\n", len(data), elapsed)

	start = time.Now()
	mapped := make([]int64, len(data))
	for i, v := range data {
		mapped[i] = v * 2
	}
	elapsed = time.Since(start).Nanoseconds()
	fmt.Printf("map(x2) = %d in %d ns\n", sum(mapped), elapsed)

	start = time.Now()
	var kept []int64
	for _, v := range data {
		if v%2 == 0 {
			kept = append(kept, v)
		}
	}
	elapsed = time.Since(start).Nanoseconds()
	fmt.Printf("filter(even) = %d in %d ns\n", len(kept), elapsed)

	start = time.Now()
	report("fold(+)", sum(data), start)

	start = time.Now()
	for i, v := range data {
		data[i] = v * 3
	}
	k := 0
	for _, v := range data {
		if v%2 == 0 {
			data[k] = v
			k++
		}
	}
	report("chain", sum(data[:k]), start)

	start = time.Now()
	m := make(map[int64]int64)
	for i := int64(0); i < 1000000; i++ {
		m[i] = 2 * i
	}
	elapsed = time.Since(start).Nanoseconds()
	fmt.Printf("map-insert(1M) = %d in %d ns\n", len(m), elapsed)

	start = time.Now()
	var found int64
	for i := int64(0); i < 2000000; i++ {
		if v, ok := m[i]; ok {
			found += v
		}
	}
	report("map-lookup(2M)", found, start)
}
