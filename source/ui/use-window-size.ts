import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {Size} from './screen.js';

/** The terminal's size, updated on resize; 80x24 where the stream does not say. */
export function useWindowSize(): Size {
	const {stdout} = useStdout();
	const [size, setSize] = useState<Size>(() => ({
		columns: stdout.columns || 80,
		rows: stdout.rows || 24,
	}));
	useEffect(() => {
		const onResize = () =>
			setSize((old) => {
				const columns = stdout.columns || 80;
				const rows = stdout.rows || 24;
				return old.columns === columns && old.rows === rows ? old : {columns, rows};
			});
		// The window may have changed between the first render and this subscription.
		onResize();
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
