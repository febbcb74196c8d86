import Glibc

/// A first-in first-out queue between two threads that holds at most ``capacity`` items:
/// `put` waits while it is full, `take` waits while it is empty.
///
/// ``cancel()`` wakes both sides for good: `put` then returns false, so a producer thread can
/// stop when its consumer has gone away.
final class BoundedQueue<Element>: @unchecked Sendable {
  let capacity: Int
  private var items: [Element?]
  private var head = 0
  private var count = 0
  private var cancelled = false
  // Heap-allocated: pthread objects must not move, which Swift stored properties may.
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let notEmpty = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private let notFull = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  init(capacity: Int) {
    self.capacity = max(1, capacity)
    items = Array(repeating: nil, count: self.capacity)
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(notEmpty, nil)
    pthread_cond_init(notFull, nil)
  }

  deinit {
    pthread_cond_destroy(notFull)
    pthread_cond_destroy(notEmpty)
    pthread_mutex_destroy(mutex)
    notFull.deallocate()
    notEmpty.deallocate()
    mutex.deallocate()
  }

  /// Appends `item`, waiting for room; false (and the item dropped) once the queue is cancelled.
  @discardableResult
  func put(_ item: Element) -> Bool {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    while count == capacity, !cancelled { pthread_cond_wait(notFull, mutex) }
    guard !cancelled else { return false }
    items[(head + count) % capacity] = item
    count += 1
    pthread_cond_signal(notEmpty)
    return true
  }

  /// The oldest item, waiting for one; `nil` once the queue is cancelled.
  func take() -> Element? {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    while count == 0, !cancelled { pthread_cond_wait(notEmpty, mutex) }
    guard !cancelled else { return nil }
    let item = items[head].take()
    head = (head + 1) % capacity
    count -= 1
    pthread_cond_signal(notFull)
    return item
  }

  /// Wakes every waiting thread and makes later calls return at once.
  func cancel() {
    pthread_mutex_lock(mutex)
    cancelled = true
    items = Array(repeating: nil, count: capacity)
    pthread_cond_broadcast(notEmpty)
    pthread_cond_broadcast(notFull)
    pthread_mutex_unlock(mutex)
  }
}
