# Targets and objects from an importable module reach children by name (the
# child imports lib.shapes from the parent's sys.path); its classes keep
# their identity across processes.
import multiprocessing as mp

import _shapes as shapes


def child(q, p):
    q.put((type(p) is shapes.Point, p, shapes.area(2, 3)))


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q, shapes.Point(1, 2)))
    p.start()
    print(q.get())
    p.join()
    pool = mp.Pool(2)
    print(pool.starmap(shapes.area, [(1, 2), (3, 4)]))
    pts = pool.starmap(shapes.Point, [(1, 1), (2, 2)])
    print(pts, all(type(x) is shapes.Point for x in pts), pts == [shapes.Point(1, 1), shapes.Point(2, 2)])
    print(pool.apply(shapes.Point.diagonal, (3,)), pool.apply(shapes.Point.origin))
    try:
        pool.apply(shapes.Point, ())
    except TypeError as e:
        print("TypeError", "missing" in str(e))
    pool.close()
    pool.join()
