// Fan-out: one producer (main) sends 1..1,000,000 on one channel; 100 worker
// goroutines receive until it is closed, each summing what it got, and send
// their sums and counts back. main checks that every message was received
// exactly once (the counts add up to 1,000,000) and prints the total:
//   fanout(1000000) = 500000500000 in 123456789 ns
// The work channel holds up to 1024 values (Seq's channels are unbounded).
package main

import (
	"fmt"
	"time"
)

const (
	messages = 1000000
	workers  = 100
)

type partial struct{ sum, count int64 }

func worker(work <-chan int64, results chan<- partial) {
	var p partial
	for v := range work {
		p.sum += v
		p.count++
	}
	results <- p
}

func main() {
	start := time.Now()
	work := make(chan int64, 1024)
	results := make(chan partial, workers)
	for i := 0; i < workers; i++ {
		go worker(work, results)
	}
	for v := int64(1); v <= messages; v++ {
		work <- v
	}
	close(work)
	var sum, count int64
	for i := 0; i < workers; i++ {
		p := <-results
		sum += p.sum
		count += p.count
	}
	elapsed := time.Since(start)
	result := fmt.Sprint(sum)
	if count != messages {
		result = fmt.Sprintf("wrong-count-%d", count)
	}
	fmt.Printf("fanout(%d) = %s in %d ns\n", messages, result, elapsed.Nanoseconds())
}
