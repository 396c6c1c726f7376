import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectId } from '../model';
import { createProjectLock, type ProjectLock, type TabChannel, type TabRole } from '../persistence/tabs';

interface TabLockOptions {
  projectId: ProjectId;
  channel: TabChannel;
  /** Saves pending changes before another tab takes the project over. */
  beforeHandover: () => Promise<unknown>;
}

/**
 * Which tab writes this project: 'writer' here, 'reader' when another tab holds it, and
 * 'pending' for the moment before the browser answers. Released when the session ends.
 */
export function useTabLock({ projectId, channel, beforeHandover }: TabLockOptions) {
  const [role, setRole] = useState<TabRole>('pending');
  const [takingOver, setTakingOver] = useState(false);
  const lockRef = useRef<ProjectLock | null>(null);
  const handoverRef = useRef(beforeHandover);
  useEffect(() => {
    handoverRef.current = beforeHandover;
  }, [beforeHandover]);

  useEffect(() => {
    const lock = createProjectLock(projectId, { channel, beforeHandover: () => handoverRef.current() });
    lockRef.current = lock;
    const unsubscribe = lock.subscribe(setRole);
    return () => {
      unsubscribe();
      lock.dispose();
      lockRef.current = null;
    };
  }, [projectId, channel]);

  const takeOver = useCallback(async () => {
    const lock = lockRef.current;
    if (!lock) return;
    setTakingOver(true);
    try {
      await lock.takeOver();
    } finally {
      setTakingOver(false);
    }
  }, []);

  return { role, takingOver, takeOver };
}
